"""The editorial workflow for scripts: propose, list the queue, approve, reject. Every call
carries `Authorization: Bearer <token>` (`treatywatch addtoken NAME` makes one)."""

from datetime import datetime

from ninja import Router, Schema
from ninja.responses import Status
from ninja.security import HttpBearer

from treatywatch.accounts.roles import has_role
from treatywatch.accounts.tokens import user_for_token
from treatywatch.api.errors import ApiError, ErrorOut, NotFound
from treatywatch.editorial.changes import RowChange
from treatywatch.editorial.models import Proposal
from treatywatch.editorial.workflow import Refused, approve, propose, publish_directly, reject


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        return user_for_token(token)


class Forbidden(ApiError):
    status, code = 403, "forbidden"


class ChangeRefused(ApiError):
    status, code = 400, "change_refused"


class Conflict(ApiError):
    status, code = 409, "conflict"


class ChangeIn(Schema):
    file: str
    action: str
    before: dict[str, str] | None = None
    after: dict[str, str] | None = None


class ProposalIn(Schema):
    reason: str
    changes: list[ChangeIn]
    publish: bool = False


class ReviewIn(Schema):
    comment: str = ""


class ProposalOut(Schema):
    id: int
    status: str
    author: str
    created_at: datetime
    reason: str
    changes: list[dict]
    cited_sources: list[str]
    reviewer: str | None
    reviewed_at: datetime | None
    review_comment: str


ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
router = Router(tags=["editorial"], auth=TokenAuth())


@router.post("/editorial/proposals", response={201: ProposalOut, **ERRORS})
def create_proposal(request, body: ProposalIn):
    changes = [RowChange(c.file, c.action, c.before, c.after) for c in body.changes]
    with _refusals_answered():
        publish = publish_directly if body.publish else propose
        return Status(201, _out(publish(request.auth, body.reason, changes)))


@router.get("/editorial/proposals", response={200: list[ProposalOut], **ERRORS})
def list_proposals(request, status: str = Proposal.PENDING):
    proposals = Proposal.objects.select_related("author", "reviewer").filter(status=status)
    if not has_role(request.auth, "editor"):
        proposals = proposals.filter(author=request.auth)
    return [_out(p) for p in proposals.order_by("created_at")[:500]]


@router.get("/editorial/proposals/{proposal_id}", response={200: ProposalOut, **ERRORS})
def get_proposal(request, proposal_id: int):
    return _out(_visible(request, proposal_id))


@router.post("/editorial/proposals/{proposal_id}/approve", response={200: ProposalOut, **ERRORS})
def approve_proposal(request, proposal_id: int, body: ReviewIn):
    proposal = _visible(request, proposal_id)
    with _refusals_answered():
        approve(proposal, request.auth, body.comment)
    return _out(Proposal.objects.get(pk=proposal.pk))


@router.post("/editorial/proposals/{proposal_id}/reject", response={200: ProposalOut, **ERRORS})
def reject_proposal(request, proposal_id: int, body: ReviewIn):
    proposal = _visible(request, proposal_id)
    with _refusals_answered():
        reject(proposal, request.auth, body.comment)
    return _out(Proposal.objects.get(pk=proposal.pk))


class _refusals_answered:
    """Turn the workflow's refusals into the API's error shape."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if isinstance(error, Refused):
            raise {"conflict": Conflict, "forbidden": Forbidden}.get(error.kind, ChangeRefused)(
                "; ".join(error.reasons)
            )
        return False


def _visible(request, proposal_id: int) -> Proposal:
    proposal = Proposal.objects.select_related("author", "reviewer").filter(pk=proposal_id).first()
    # A researcher sees only their own proposals; the others do not exist for them.
    if proposal is None or (
        proposal.author_id != request.auth.pk and not has_role(request.auth, "editor")
    ):
        raise NotFound(f"no proposal {proposal_id}")
    return proposal


def _out(proposal: Proposal) -> dict:
    return {
        "id": proposal.pk,
        "status": proposal.status,
        "author": proposal.author.username,
        "created_at": proposal.created_at,
        "reason": proposal.reason,
        "changes": proposal.changes,
        "cited_sources": proposal.cited_sources,
        "reviewer": proposal.reviewer.username if proposal.reviewer else None,
        "reviewed_at": proposal.reviewed_at,
        "review_comment": proposal.review_comment,
    }
