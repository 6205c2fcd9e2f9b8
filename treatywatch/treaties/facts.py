"""Dated facts about states under a treaty, as the record gives them.

Each fact is checked for internal consistency when it is made, so a bad row fails
where it is read, with a message that says what to fix.
"""

from dataclasses import dataclass
from datetime import date

from treatywatch.treaties.consent import CONSENT_TYPES

__all__ = [
    "FINDINGS",
    "OBLIGATIONS",
    "ArmedConflict",
    "Extension",
    "Finding",
    "Participation",
]

OBLIGATIONS = ("stockpile_destruction", "clearance", "initial_report", "annual_report")

# What a source can say of one obligation: that it was met, that it never applied (no
# stockpile declared, no mined areas reported), that its due date passed unmet, or that the
# state reported what the obligation is about (a stockpile, mined areas), so that it applies.
# A report settles nothing by itself: the deadline is still met, missed or unknown.
FINDINGS = ("completed", "not_applicable", "missed", "reported")


@dataclass(frozen=True)
class Participation:
    """One state's actions under one treaty, as the depositary records them.

    `consented` is the date the instrument (or notification of succession) was
    deposited; `succession_effective` is the date a succession takes effect, where a
    source gives it; `withdrawal_notified` is the date the depositary received notice.
    """

    iso3: str
    signed: date | None = None
    consented: date | None = None
    consent_type: str | None = None
    succession_effective: date | None = None
    withdrawal_notified: date | None = None

    def __post_init__(self) -> None:
        if self.consent_type is not None and self.consent_type not in CONSENT_TYPES:
            raise ValueError(
                f"{self.iso3}: consent type {self.consent_type!r} is not one of "
                f"{', '.join(CONSENT_TYPES)}."
            )
        if self.succession_effective and self.consent_type != "succession":
            raise ValueError(f"{self.iso3}: a succession date needs consent_type 'succession'.")
        self._check_withdrawal_follows_consent()

    def _check_withdrawal_follows_consent(self) -> None:
        # Art. 20(1): only a State Party can withdraw.
        if self.withdrawal_notified is None:
            return
        if self.consented is None or self.withdrawal_notified < self.consented:
            raise ValueError(
                f"{self.iso3}: withdrawal notified on {self.withdrawal_notified} but "
                f"consent deposited on {self.consented}; only a party can withdraw."
            )


@dataclass(frozen=True)
class ArmedConflict:
    """A period in which a state is engaged in an armed conflict; `end` None = ongoing."""

    iso3: str
    start: date
    end: date | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(
                f"{self.iso3}: armed conflict ends ({self.end}) before it starts ({self.start})."
            )

    def is_going_on(self, day: date) -> bool:
        """Whether the state is engaged in this conflict on `day` (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Extension:
    """A deadline extension granted by a meeting of States Parties.

    A source that gives the new deadline only to the month or year ("until March 2027")
    dates it to a period: `new_deadline` is the period's last day, the latest the deadline
    can be, and `new_deadline_from` its first day (None when the source gives the day)."""

    iso3: str
    article: str
    granted_on: date
    new_deadline: date
    meeting: str = ""
    source_id: str = ""
    new_deadline_from: date | None = None


@dataclass(frozen=True)
class Finding:
    """What one source says of one obligation, dated as precisely as the source dates it.

    A source that gives only a year or a month dates the fact to a period: `first_day`
    and `last_day` bound it, and the fact is known from `last_day` on. Both are None for
    an undated fact (a state that never held a stockpile says so once, without a day).
    """

    iso3: str
    obligation: str
    kind: str = "completed"
    period: int | None = None
    first_day: date | None = None
    last_day: date | None = None
    source_id: str = ""

    def __post_init__(self) -> None:
        if self.obligation not in OBLIGATIONS:
            raise ValueError(
                f"{self.iso3}: obligation {self.obligation!r} is not one of "
                f"{', '.join(OBLIGATIONS)}."
            )
        if self.kind not in FINDINGS:
            raise ValueError(
                f"{self.iso3}: finding {self.kind!r} is not one of {', '.join(FINDINGS)}."
            )
        if self.obligation == "annual_report" and self.period is None:
            raise ValueError(
                f"{self.iso3}: an annual_report finding needs its period "
                f"(the calendar year the report covers)."
            )
        if (self.first_day is None) != (self.last_day is None) or (
            self.first_day and self.last_day and self.first_day > self.last_day
        ):
            raise ValueError(f"{self.iso3}: a finding's period needs a first and a later last day.")

    def known_by(self, day: date) -> bool:
        """Whether the fact had happened by `day`; an undated fact always counts."""
        return self.last_day is None or self.last_day <= day
