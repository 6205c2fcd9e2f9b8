"""Where a state stands under a treaty on a given day."""

from enum import Enum

__all__ = ["Status"]


class Status(str, Enum):
    """A state's status on a day; the value is a stable machine name."""

    NOT_SIGNED = "not_signed"
    SIGNED = "signed"
    PARTY = "party"
    PARTY_IN_FORCE = "party_in_force"
    WITHDRAWAL_PENDING = "withdrawal_pending"
    WITHDRAWAL_SUSPENDED = "withdrawal_suspended"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        # Templates and f-strings should show the stable value, not "Status.PARTY".
        return self.value

    @property
    def label(self) -> str:
        """The status in plain English."""
        return _LABELS[self]

    @property
    def is_party(self) -> bool:
        """Whether the depositary counts the state as a State Party.

        Art. 20: a withdrawing state stays a party until its withdrawal takes effect.
        """
        return self in _PARTY_STATUSES


_LABELS = {
    Status.NOT_SIGNED: "Not signed",
    Status.SIGNED: "Signatory",
    Status.PARTY: "State Party (not yet in force)",
    Status.PARTY_IN_FORCE: "State Party",
    Status.WITHDRAWAL_PENDING: "Withdrawal pending",
    Status.WITHDRAWAL_SUSPENDED: "Withdrawal suspended by armed conflict",
    Status.WITHDRAWN: "Withdrawn",
}

_PARTY_STATUSES = frozenset(
    {
        Status.PARTY,
        Status.PARTY_IN_FORCE,
        Status.WITHDRAWAL_PENDING,
        Status.WITHDRAWAL_SUSPENDED,
    }
)
