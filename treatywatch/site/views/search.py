"""/search/?q= : full-text search over states, events and sources."""

from django.shortcuts import render

from treatywatch.search.index import search
from treatywatch.search.query import MAX_LENGTH, QueryTooLong

RESULTS_SHOWN = 50


def page(request):
    text = request.GET.get("q", "")
    # as_of None: search covers the record as it stands now, whatever date is being browsed.
    context = {
        "as_of": None,
        "q": text,
        "max_length": MAX_LENGTH,
        "results_shown": RESULTS_SHOWN,
        "hits": [],
    }
    try:
        context["hits"] = search(text, RESULTS_SHOWN)
    except QueryTooLong as too_long:
        # The form stays on the page, with the reason, so the reader can shorten the search.
        return render(request, "site/search.html", {**context, "error": str(too_long)}, status=400)
    return render(request, "site/search.html", context)
