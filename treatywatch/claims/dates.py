"""Dates as texts write them: "13 December 2017", "June 27, 2025", "March 2025", "29 June", "1997".

A regular expression finds where a date is and which parts it gives; dateparser reads it. A
part the text leaves out stays out (a day and month without a year are checked as such).
"""

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

import dateparser

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A year directly followed by a treaty's name is the treaty's name ("the 1997 Mine Ban Treaty").
_NOT_A_NAME = r"(?!\s+(?:Mine Ban|Ottawa|Convention|Treaty|treaty|Oslo Convention|CCM|UNGA)\b)"
YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b" + _NOT_A_NAME)
DATE = re.compile(
    rf"\b(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}),?(?:\s+(?P<y1>(?:19|20)\d\d))?\b"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?(?:\s+(?P<y2>(?:19|20)\d\d))?\b"
    rf"|\b(?P<m3>{_MONTH})\s+(?P<y3>(?:19|20)\d\d)\b"
    rf"|\b(?P<y5>(?:19|20)\d\d)-(?P<m5>\d\d)-(?P<d5>\d\d)\b"
    rf"|\b(?P<y4>(?:19[89]\d|20\d\d))\b{_NOT_A_NAME}"
)


@dataclass(frozen=True)
class PartialDate:
    """A date with the parts the text gave: year, month and day, each possibly missing."""

    year: int | None
    month: int | None
    day: int | None
    start: int = 0
    end: int = 0

    def agrees(self, day: date) -> bool:
        parts = ((self.year, day.year), (self.month, day.month), (self.day, day.day))
        return all(given is None or given == actual for given, actual in parts)

    def words(self) -> str:
        return "-".join(f"{p:02d}" for p in (self.year, self.month, self.day) if p is not None)


def dates_in(text: str, offset: int = 0) -> list[PartialDate]:
    return [d for m in DATE.finditer(text) if (d := _partial(m, offset))]


def _partial(match: re.Match, offset: int) -> PartialDate | None:
    groups = {k[0]: v for k, v in match.groupdict().items() if v}
    year = int(groups["y"]) if "y" in groups else None
    month = _month(groups["m"]) if "m" in groups else None
    if "m" in groups and groups["m"].isdigit():
        month = int(groups["m"])  # an ISO date: 2009-11-30
    day = int(re.match(r"\d+", groups["d"]).group()) if "d" in groups else None
    if "m" in groups and month is None:
        return None
    return PartialDate(year, month, day, match.start() + offset, match.end() + offset)


@cache
def _month(word: str) -> int | None:
    """The month a word names ("Sept.", "December"), as dateparser reads it."""
    parsed = dateparser.parse(f"1 {word} 2000", languages=["en"])
    return parsed.month if parsed else None
