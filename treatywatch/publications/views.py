"""`/publications/`: the press room, and a page per publication with its claims checked
against the record as of its date."""

from django.core.exceptions import BadRequest
from django.shortcuts import get_object_or_404, render

from treatywatch.dataset.schema import PUBLICATION_KINDS
from treatywatch.publications.checking import check_publication
from treatywatch.publications.filters import InvalidFilter, parse_filters
from treatywatch.record.models import Publication, State
from treatywatch.site.serving.page_cache import cached_page


def index(request):
    names = dict(State.objects.values_list("iso3", "name"))
    try:
        filters = parse_filters(request.GET, set(names))
    except InvalidFilter as problem:
        raise BadRequest(str(problem)) from None
    publications = Publication.objects.filter(date__lte=request.as_of)

    def html():
        context = {
            "publications": filters.apply(publications),
            "filters": filters,
            "kinds": [(kind, kind.replace("_", " ")) for kind in PUBLICATION_KINDS],
            "states": sorted(
                {(code, names[code]) for p in publications for code in p.state_codes},
                key=lambda s: s[1],
            ),
            "years": sorted({p.date.year for p in publications}, reverse=True),
        }
        return render(request, "publications/index.html", context).content.decode()

    return cached_page(request, html, request.GET.urlencode())


def detail(request, publication_id: str):
    publication = get_object_or_404(Publication.objects.select_related("source"), id=publication_id)

    def html():
        names = dict(State.objects.values_list("iso3", "name"))
        context = {
            "publication": publication,
            "states": [(code, names.get(code, code)) for code in publication.state_codes],
            "checked": check_publication(publication),
            "campaigns": publication.campaigns.all(),
        }
        return render(request, "publications/detail.html", context).content.decode()

    return cached_page(request, html)
