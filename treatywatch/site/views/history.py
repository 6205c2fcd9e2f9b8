"""`/countries/<iso3>/history/`: every published change to a profile's record (its
revisions), newest first, each row as a diff of its fields."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from treatywatch.dataset.row_diff import row_diff
from treatywatch.dataset.schema import FILES
from treatywatch.record.models import Revision, State

HEADERS = {spec.name: spec.header for spec in FILES}
REVISIONS_PER_PAGE = 25
# A revision changing more rows than this (a load) shows its summary, its diffs folded.
UNFOLDED_AT_MOST = 5


def page(request, iso3: str):
    if iso3 != iso3.lower():
        return redirect("site:country-history", iso3=iso3.lower(), permanent=True)
    state = get_object_or_404(State, iso3=iso3.upper())
    revisions = (
        Revision.objects.filter(state=state)
        .select_related("author", "reviewer")
        .order_by("-published_at", "-id")
    )
    page_of = Paginator(revisions, REVISIONS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "state": state,
        "page": page_of,
        "revisions": [(r, _diffs(r), len(r.changes) > UNFOLDED_AT_MOST) for r in page_of],
    }
    return render(request, "site/history.html", context)


def _diffs(revision) -> list:
    return [
        (change, row_diff(HEADERS[change["file"]], change.get("before"), change.get("after")))
        for change in revision.changes
    ]
