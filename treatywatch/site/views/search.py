"""/search/?q= : full-text search over states, events and sources, tolerant of typos, with
filters by state, section (an event's category) and year."""

from django.shortcuts import render

from treatywatch.record.models import Event, State
from treatywatch.search.filters import NO_FILTERS, BadFilter, parse_filters
from treatywatch.search.index import Found, find, indexed_years
from treatywatch.search.query import MAX_LENGTH, QueryTooLong

RESULTS_SHOWN = 50


def page(request):
    text = request.GET.get("q", "")
    states = list(State.objects.values_list("iso3", "name"))
    sections = Event._meta.get_field("category").choices
    # as_of None: search covers the record as it stands now, whatever date is being browsed.
    context = {
        "as_of": None,
        "q": text,
        "max_length": MAX_LENGTH,
        "results_shown": RESULTS_SHOWN,
        "found": Found([]),
        "filters": NO_FILTERS,
        "states": states,
        "sections": sections,
        "years": indexed_years(),
    }
    try:
        filters = parse_filters(
            request.GET, {iso3 for iso3, _ in states}, {key for key, _ in sections}
        )
        context.update(filters=filters, found=find(text, RESULTS_SHOWN, filters))
    except (QueryTooLong, BadFilter) as refused:
        # The form stays on the page, with the reason, so the reader can put it right.
        return render(request, "site/search.html", {**context, "error": str(refused)}, status=400)
    return render(request, "site/search.html", context)
