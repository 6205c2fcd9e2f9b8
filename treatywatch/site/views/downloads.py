"""/downloads/ : the whole record as CSV and JSON, the data dictionary and the sources;
/downloads/<name> : one of those files."""

from django.http import Http404, HttpResponse
from django.shortcuts import render

from treatywatch.record.models import Source
from treatywatch.site.publishing.data_dictionary import data_dictionary
from treatywatch.site.publishing.data_files import data_files, find_data_file


def page(request):
    files = [(data_file, data_file.content()) for data_file in data_files()]
    return render(
        request,
        "site/downloads.html",
        {
            # The downloads are the record as it stands now, whatever date is being browsed.
            "as_of": None,
            "record_files": [(f, c) for f, c in files if not f.computed],
            "computed_files": [(f, c) for f, c in files if f.computed],
            "dictionary": data_dictionary(),
            "sources": Source.objects.order_by("id"),
        },
    )


def file(request, name):
    data_file = find_data_file(name)
    if data_file is None:
        raise Http404(f"There is no download named {name!r}; the list is on /downloads/.")
    return HttpResponse(data_file.content().data, content_type=data_file.content_type)
