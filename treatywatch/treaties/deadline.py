"""A dated obligation of a State Party and whether the record knows it was met."""

from dataclasses import dataclass
from datetime import date

__all__ = ["DEADLINE_STATES", "Deadline"]

# "missed" is deliberately absent: the record only ever knows that an obligation was
# met, so a passed deadline without a completion is reported as not known either way.
DEADLINE_STATES = ("met", "upcoming", "passed_unknown")


@dataclass(frozen=True)
class Deadline:
    """One obligation's due date; `met` is True where the record has a completion, else None."""

    article: str
    obligation: str
    description: str
    due: date
    period: int | None = None
    extended: bool = False
    met: bool | None = None
    met_on: date | None = None

    def state_on(self, as_of: date) -> str:
        """ "met", "upcoming" or "passed_unknown", as the record knows it on `as_of`.

        A completion dated after `as_of` does not count: a view of a past day shows only
        what had happened by then.
        """
        if self.met and (self.met_on is None or self.met_on <= as_of):
            return "met"
        if self.due >= as_of:
            return "upcoming"
        return "passed_unknown"
