"""A dated obligation of a State Party, and where it stands on a day as the record knows it."""

from dataclasses import dataclass
from datetime import date

from treatywatch.treaties.facts import Extension, Finding

__all__ = ["DEADLINE_STATES", "DEADLINE_STATE_WORDS", "Deadline", "period_text"]

# Where an obligation stands. "missed" needs a source that says so; a passed deadline the
# record knows nothing about is "unknown", never "missed".
DEADLINE_STATES = (
    "met",
    "met_late",
    "missed",
    "in_progress",
    "upcoming",
    "not_applicable",
    "unknown",
)

DEADLINE_STATE_WORDS = {
    "met": "met",
    "met_late": "met after the due date",
    "missed": "missed (not met by the due date)",
    "in_progress": "extended, not yet due",
    "upcoming": "upcoming",
    "not_applicable": "not applicable",
    "unknown": "due date passed; the record does not say whether it was met",
}


def period_text(first: date | None, last: date | None) -> str | None:
    """The day, month or year a finding is dated to, as ISO 8601 (YYYY-MM-DD, YYYY-MM, YYYY)."""
    if first is None or last is None:
        return None
    if first == last:
        return first.isoformat()
    if first.month == 1 and first.day == 1 and (last.month, last.day) == (12, 31):
        return str(first.year)
    return first.isoformat()[:7]


def new_deadline_text(extension: Extension) -> str:
    """An extension's new deadline as precisely as its source gives it."""
    return period_text(
        extension.new_deadline_from or extension.new_deadline, extension.new_deadline
    )


@dataclass(frozen=True)
class Deadline:
    """One obligation's due date (after the extensions granted so far) and what sources say
    of it. `original_due` is the date the treaty itself sets; `extensions` are oldest first;
    `extendable` says whether the treaty lets a meeting move the date."""

    article: str
    obligation: str
    description: str
    due: date
    period: int | None = None
    original_due: date | None = None
    extensions: tuple[Extension, ...] = ()
    findings: tuple[Finding, ...] = ()
    extendable: bool = False

    @property
    def extended(self) -> bool:
        return bool(self.extensions)

    @property
    def due_text(self) -> str:
        """The due date as precisely as the record knows it (YYYY-MM-DD, YYYY-MM or YYYY)."""
        if self.extensions:
            return new_deadline_text(self.extensions[-1])
        return self.due.isoformat()

    def state_on(self, as_of: date) -> str:
        """One of DEADLINE_STATES, from the facts known by `as_of` only: a view of a past day
        shows only what had happened by then."""
        completed = self.finding_on(as_of, "completed")
        if completed is not None:
            # A source that says the deadline was missed makes any completion a late one,
            # even one the record cannot date.
            missed = self._missed_on(as_of) is not None
            return "met_late" if missed or self._known_late(completed) else "met"
        if self.finding_on(as_of, "not_applicable") is not None:
            return "not_applicable"
        if self.due >= as_of:
            return "in_progress" if self.extended else "upcoming"
        if self._missed_on(as_of) is not None:
            return "missed"
        return "unknown"

    def finding_on(self, as_of: date, kind: str) -> Finding | None:
        """The first finding of `kind` known by `as_of`, in the order the record gives them."""
        known = (f for f in self.findings if f.kind == kind and f.known_by(as_of))
        return next(known, None)

    def _missed_on(self, as_of: date) -> Finding | None:
        # A source that an earlier deadline was missed says nothing of the deadline as
        # extended since (Art. 5(3)): it counts only if it speaks of a day on or after this one.
        missed = (
            f
            for f in self.findings
            if f.kind == "missed"
            and f.known_by(as_of)
            and (f.last_day is None or f.last_day >= self.due)
        )
        return next(missed, None)

    def met_on(self, as_of: date) -> Finding | None:
        """The completion known by `as_of`, if any: its days say when it was met."""
        return self.finding_on(as_of, "completed")

    def _known_late(self, completed: Finding) -> bool:
        # MBT Art. 5(3), CCM Arts. 3(3) and 4(5): a meeting may have moved the date by a grant
        # the record lacks, and completion is often dated by its declaration at a later
        # meeting; so only a source saying it was missed makes such a deadline late.
        return not self.extendable and self.after_due(completed)

    def after_due(self, completed: Finding) -> bool:
        # Late only when the whole period the source gives lies after the due date: "in
        # 2008" against a deadline of 1 March 2008 is not known to be late.
        return completed.first_day is not None and completed.first_day > self.due
