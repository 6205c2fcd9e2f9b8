from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from treatywatch.accounts.permissions import role_required
from treatywatch.accounts.roles import has_role
from treatywatch.dataset.row_diff import row_diff
from treatywatch.editorial.checking import check_changes
from treatywatch.editorial.forms import ReviewForm
from treatywatch.editorial.models import Proposal
from treatywatch.editorial.workflow import Refused, approve, reject
from treatywatch.record.models import Source


@role_required("researcher")
def page(request, pk: int, form: ReviewForm | None = None, refused: Refused | None = None):
    proposal = _visible_proposal(request, pk)
    reviewing = proposal.status == Proposal.PENDING and has_role(request.user, "editor")
    context = {
        "proposal": proposal,
        "changes": [
            (change, row_diff(change.spec.header, change.before, change.after))
            for change in proposal.row_changes
        ],
        "sources": Source.objects.filter(id__in=proposal.cited_sources),
        "verdict": check_changes(proposal.row_changes) if reviewing else None,
        "review_form": form or ReviewForm(),
        "reviewing": reviewing,
        "refused": refused,
    }
    return render(
        request,
        "editorial/proposal.html",
        context,
        status=409 if refused and refused.conflict else 400 if refused else 200,
    )


@require_POST
@role_required("editor")
def approve_view(request, pk: int):
    return _review(request, pk, approve)


@require_POST
@role_required("editor")
def reject_view(request, pk: int):
    return _review(request, pk, reject)


def _review(request, pk: int, decide):
    proposal = get_object_or_404(Proposal, pk=pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return page(request, pk, form=form, refused=Refused(["the comment is too long"]))
    try:
        decide(proposal, request.user, form.cleaned_data["comment"])
    except Refused as refused:
        return page(request, pk, form=form, refused=refused)
    return redirect("editorial:proposal", pk=pk)


def _visible_proposal(request, pk: int) -> Proposal:
    proposal = get_object_or_404(Proposal.objects.select_related("author", "reviewer"), pk=pk)
    # Researchers see their own proposals; editors see every one.
    if proposal.author_id != request.user.pk and not has_role(request.user, "editor"):
        raise Http404("no such proposal")
    return proposal
