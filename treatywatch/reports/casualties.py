"""The Monitor's global casualty figures that its report of the year gave: the figure for
the year before, as first published, and the earlier years it revised. A figure counts
from its source's publication (undated: from the end of the edition's year)."""

import re
from collections.abc import Sequence
from datetime import date

from treatywatch.dataset.partial_date import PartialDate
from treatywatch.reports.facts import CasualtyFact


def published_in_year(
    casualties: Sequence[CasualtyFact], year: int, as_of: date
) -> list[CasualtyFact]:
    """The figures of the Monitor's edition of `year` known by `as_of`, newest year first."""
    found = [c for c in casualties if _edition_year(c) == year and _known_by(c, year, as_of)]
    return sorted(found, key=lambda c: (-c.year, c.edition))


def _edition_year(casualty: CasualtyFact) -> int | None:
    found = re.search(r"\b(19|20)\d\d\b", casualty.published_in)
    return int(found.group()) if found else None


def _known_by(casualty: CasualtyFact, year: int, as_of: date) -> bool:
    published = casualty.source.published
    known_from = PartialDate.parse(published).last_day if published else date(year, 12, 31)
    return known_from <= as_of
