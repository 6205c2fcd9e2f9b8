"""Which years of the General Assembly's resolutions on each treaty the record holds, and
how much of each roll call. Pure Python."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from treatywatch.coverage.facts import RollCall

__all__ = ["FIRST_RESOLUTION_YEAR", "VoteYears", "vote_years"]

# The first General Assembly resolution supporting each treaty: 51/45 S of 10 December
# 1996 (the call for a ban that became the Mine Ban Treaty), and 70/54 of 7 December 2015
# for the Convention on Cluster Munitions. Every year since has had one.
FIRST_RESOLUTION_YEAR = {"mbt": 1996, "ccm": 2015}

# A year is only as complete as its least complete resolution.
_ORDER = ("missing", "votes_unknown", "partial", "roll_call")
_KIND_OF_HELD = {"no": "votes_unknown", "partial": "partial", "yes": "roll_call"}


@dataclass(frozen=True)
class VoteYears:
    """The years `first` to `last` of one treaty, sorted by what the record holds of them:
    every state's vote, part of the roll call, the resolution without any state's vote
    (the 2024 gap), or no resolution at all."""

    treaty: str
    first: int
    last: int
    roll_call: tuple[int, ...] = ()
    partial: tuple[int, ...] = ()
    votes_unknown: tuple[int, ...] = ()
    missing: tuple[int, ...] = ()

    @property
    def years(self) -> int:
        return max(0, self.last - self.first + 1)

    def as_dict(self) -> dict:
        return {
            "from": self.first,
            "to": self.last,
            "roll_call": list(self.roll_call),
            "partial": list(self.partial),
            "votes_unknown": list(self.votes_unknown),
            "missing": list(self.missing),
        }


def vote_years(treaty: str, roll_calls: Iterable[RollCall], as_of: date) -> VoteYears:
    known = [rc for rc in roll_calls if rc.treaty == treaty and rc.known_by <= as_of]
    first = FIRST_RESOLUTION_YEAR[treaty]
    last = _last_year(known, as_of)
    kinds = {year: _year_kind(year, known) for year in range(first, last + 1)}
    by_kind = {kind: tuple(y for y, k in kinds.items() if k == kind) for kind in _ORDER}
    return VoteYears(treaty, first, last, **by_kind)


def _last_year(known: list[RollCall], as_of: date) -> int:
    # The Assembly adopts these resolutions late in the year: this year counts once its
    # resolution is in the record, and until then the range ends with last year.
    return max([as_of.year - 1, *(rc.year for rc in known)])


def _year_kind(year: int, known: list[RollCall]) -> str:
    kinds = [_KIND_OF_HELD[rc.held] for rc in known if rc.year == year]
    return min(kinds, key=_ORDER.index, default="missing")
