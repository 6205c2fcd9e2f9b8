"""The editorial workflow: a researcher proposes, an editor approves (the change is
published as revisions) or rejects with a reason. Editors may also publish directly."""

from django.db import transaction
from django.utils import timezone

from treatywatch.accounts.roles import has_role
from treatywatch.editorial.changes import RowChange
from treatywatch.editorial.checking import check_changes
from treatywatch.editorial.models import Proposal
from treatywatch.record.locking import lock_record
from treatywatch.record.publishing import publish_changes


class Refused(Exception):
    """The request cannot be carried out; `reasons` say why, each in one sentence. `kind`:
    "invalid" (the change breaks a rule), "conflict" (the record changed under the
    proposal) or "forbidden" (the person's role does not allow it)."""

    def __init__(self, reasons: list[str], kind: str = "invalid"):
        super().__init__("; ".join(reasons))
        self.reasons, self.kind = reasons, kind

    @property
    def conflict(self) -> bool:
        return self.kind == "conflict"


def propose(author, reason: str, changes: list[RowChange]) -> Proposal:
    """Queue a change for review, after checking it against the record as it stands."""
    proposal = _well_formed_proposal(author, reason, changes)
    verdict = check_changes(changes)
    if not verdict.ok:
        raise Refused(
            verdict.stale + verdict.problems, kind="conflict" if verdict.stale else "invalid"
        )
    proposal.save()
    return proposal


def approve(proposal: Proposal, reviewer, comment: str) -> list:
    """Publish the proposal; refused if the record changed since it was made."""
    _refuse_unless_editor(reviewer)
    with transaction.atomic():
        lock_record()
        proposal = _pending(proposal.pk)
        verdict = check_changes(proposal.row_changes)
        if not verdict.ok:
            raise Refused(
                verdict.stale + verdict.problems, kind="conflict" if verdict.stale else "invalid"
            )
        revisions = publish_changes(
            [(c.file, c.before, c.after) for c in proposal.row_changes],
            author=proposal.author,
            reviewer=reviewer,
            comment=comment.strip() or proposal.reason,
        )
        _close(proposal, reviewer, comment, Proposal.APPROVED)
    return revisions


def reject(proposal: Proposal, reviewer, comment: str) -> Proposal:
    _refuse_unless_editor(reviewer)
    if not comment.strip():
        raise Refused(["give the reason for rejecting: the researcher will see it"])
    with transaction.atomic():
        proposal = _pending(proposal.pk)
        _close(proposal, reviewer, comment, Proposal.REJECTED)
    return proposal


def publish_directly(editor, reason: str, changes: list[RowChange]) -> Proposal:
    """An editor's own change: proposed and approved in one step, kept like any other. The
    approval checks it under the record lock; if it is refused, no proposal is left behind."""
    _refuse_unless_editor(editor)
    with transaction.atomic():
        proposal = _well_formed_proposal(editor, reason, changes)
        proposal.save()
        approve(proposal, editor, reason)
    return Proposal.objects.get(pk=proposal.pk)


def _well_formed_proposal(author, reason: str, changes: list[RowChange]) -> Proposal:
    if not has_role(author, "researcher"):
        raise Refused(["only researchers and editors may propose changes"], kind="forbidden")
    proposal = Proposal(
        author=author, reason=reason.strip(), changes=[c.to_json() for c in changes]
    )
    _refuse_unless_well_formed(proposal)
    return proposal


def _refuse_unless_well_formed(proposal: Proposal) -> None:
    reasons = [] if proposal.reason else ["say why the record should change"]
    if not proposal.changes:
        reasons.append("a proposal changes at least one row")
    reasons += [
        f"change {n}: {problem}"
        for n, c in enumerate(proposal.row_changes, 1)
        for problem in c.shape_problems()
    ]
    if not reasons and not proposal.cited_sources:
        reasons.append("cite at least one source: every fact in the record rests on one")
    if reasons:
        raise Refused(reasons)


def _refuse_unless_editor(user) -> None:
    if not has_role(user, "editor"):
        raise Refused(["only editors may review proposals"], kind="forbidden")


def _pending(pk: int) -> Proposal:
    proposal = Proposal.objects.select_for_update().get(pk=pk)
    if proposal.status != Proposal.PENDING:
        raise Refused([f"this proposal was {proposal.status} already"])
    return proposal


def _close(proposal: Proposal, reviewer, comment: str, status: str) -> None:
    proposal.status, proposal.reviewer = status, reviewer
    proposal.reviewed_at, proposal.review_comment = timezone.now(), comment.strip()
    proposal.save()
