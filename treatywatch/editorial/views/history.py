from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from treatywatch.editorial.changes import SPECS
from treatywatch.editorial.diff import row_diff
from treatywatch.record.models import Revision, State


def page(request, iso3: str):
    if iso3 != iso3.lower():
        return redirect(f"/countries/{iso3.lower()}/history/", permanent=True)
    state = get_object_or_404(State, iso3=iso3.upper())
    revisions = (
        Revision.objects.filter(state=state)
        .select_related("author", "reviewer")
        .order_by("-published_at", "-id")
    )
    page_of = Paginator(revisions, 25).get_page(request.GET.get("page"))
    context = {"state": state, "page": page_of, "revisions": [(r, _diffs(r)) for r in page_of]}
    return render(request, "editorial/history.html", context)


def _diffs(revision) -> list:
    return [
        (change, row_diff(SPECS[change["file"]].header, change.get("before"), change.get("after")))
        for change in revision.changes
    ]
