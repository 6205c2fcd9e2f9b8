"""Filing what an import found: as whom, and not twice while the first is pending."""

from django.contrib.auth import get_user_model

from treatywatch.accounts.roles import has_role
from treatywatch.editorial.changes import RowChange
from treatywatch.editorial.models import Proposal


class NoAuthor(ValueError):
    """The account named cannot file a proposal; the message says why."""


def author_named(name: str):
    user = get_user_model().objects.filter(username=name, is_active=True).first()
    if user is None:
        raise NoAuthor(f"no active account named '{name}' (treatywatch adduser makes one)")
    if not has_role(user, "researcher"):
        raise NoAuthor(f"'{name}' may not propose changes: a researcher or editor may")
    return user


def pending_copy(changes: list[RowChange]) -> Proposal | None:
    """A proposal still waiting for review that makes exactly these changes: running an
    import again before the first is reviewed files nothing new."""
    wanted = [change.to_json() for change in changes]
    pending = Proposal.objects.filter(status=Proposal.PENDING).order_by("pk")
    return next((proposal for proposal in pending if proposal.changes == wanted), None)
