"""The plain facts coverage is measured on, as the query adapter (queries.py) reads them
from the record. No Django here, so the measures can be tested on a few made-up rows."""

from dataclasses import dataclass
from datetime import date

__all__ = ["RollCall", "Row", "StateInfo"]


@dataclass(frozen=True)
class StateInfo:
    """A state of the record. `un_member_since` is the year it joined the United Nations:
    None for an observer or a non-member, which has no vote in the General Assembly."""

    iso3: str
    name: str
    region: str
    un_member_since: int | None = None


@dataclass(frozen=True)
class Row:
    """One row of a dataset file about a state, reduced to what coverage looks at.

    `file` names the dataset file without its suffix (`events`, `figures`, ...); `kind` is
    the row's category, measure or action; `known_by` is the last day of its date (a year
    counts from 31 December), None for an undated row, which is known on every day."""

    iso3: str
    file: str
    kind: str = ""
    treaty: str = ""
    known_by: date | None = None
    source_id: str = ""

    def known_on(self, day: date) -> bool:
        return self.known_by is None or self.known_by <= day


@dataclass(frozen=True)
class RollCall:
    """A General Assembly resolution and the states whose vote on it the record holds
    (`absent` is a recorded vote). `held` is unga_resolutions.csv's `roll_call`: `yes`,
    `partial`, or `no` when each state's vote is unknown (2024)."""

    symbol: str
    treaty: str
    year: int
    adopted_on: date | None = None
    held: str = "yes"
    voters: frozenset[str] = frozenset()

    @property
    def known_by(self) -> date:
        # A resolution whose day the record does not give counts from the end of its year.
        return self.adopted_on or date(self.year, 12, 31)
