"""What the search page's filters narrow results to: a state, a section of its profile (an
event's category) and a year. Pure: the values allowed are given; each filter is one
condition on the documents table, written for both databases."""

from collections.abc import Collection, Mapping
from dataclasses import dataclass

# A year outside these is a typing slip, not a year the record could hold.
FIRST_YEAR, LAST_YEAR = 1900, 2100


class BadFilter(ValueError):
    """A filter's value the search cannot use; the message names the filter and the fix."""


@dataclass(frozen=True)
class Filters:
    state: str = ""  # ISO3 code, upper case
    section: str = ""  # an event category
    year: int | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.state or self.section or self.year)

    def fields(self) -> dict:
        """The documents' fields and the values asked for, of the filters used."""
        asked = {"state": self.state, "section": self.section, "year": self.year}
        return {field: value for field, value in asked.items() if value}

    def sql(self, table: str) -> tuple[str, list]:
        """` AND ...` conditions on `table`'s columns, and their parameters."""
        used = self.fields()
        return "".join(f" AND {table}.{field} = %s" for field in used), list(used.values())


NO_FILTERS = Filters()


def parse_filters(
    params: Mapping[str, str], states: Collection[str], sections: Collection[str]
) -> Filters:
    """The filters asked for in `params` (state, section, year; empty: none)."""
    state = params.get("state", "").strip().upper()
    if state and state not in states:
        raise BadFilter(f"state: there is no state '{state[:12]}'; give a three-letter code")
    section = params.get("section", "").strip().lower()
    if section and section not in sections:
        raise BadFilter(f"section: '{section[:20]}' is none of: {', '.join(sorted(sections))}")
    return Filters(state, section, _year(params.get("year", "").strip()))


def _year(text: str) -> int | None:
    if not text:
        return None
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise BadFilter(f"year: '{text[:12]}' is not a year from {FIRST_YEAR} to {LAST_YEAR}")
    return int(text)
