"""The press room's filters, read from the query string: a bad value is the reader's error
(400) with a message saying what would do."""

from dataclasses import dataclass

from django.db.models import QuerySet

from treatywatch.dataset.schema import PUBLICATION_KINDS


class InvalidFilter(ValueError):
    pass


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    organisation: str = ""
    state: str = ""
    year: int | None = None

    def apply(self, publications: QuerySet) -> QuerySet:
        if self.kind:
            publications = publications.filter(kind=self.kind)
        if self.organisation:
            publications = publications.filter(authors__icontains=self.organisation)
        if self.state:
            # Codes are three letters separated by spaces: one code never matches inside another.
            publications = publications.filter(states__contains=self.state)
        if self.year:
            publications = publications.filter(date__year=self.year)
        return publications


def parse_filters(query, known_states: set[str]) -> Filters:
    kind = query.get("kind", "").strip()
    if kind and kind not in PUBLICATION_KINDS:
        raise InvalidFilter(f"kind: '{kind}' is not one of {', '.join(PUBLICATION_KINDS)}")
    state = query.get("state", "").strip().upper()
    if state and state not in known_states:
        raise InvalidFilter(f"state: '{state}' is not a state's ISO 3166-1 alpha-3 code, e.g. USA")
    return Filters(
        kind, query.get("organisation", "").strip()[:200], state, _year(query.get("year", ""))
    )


def _year(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not (text.isdigit() and len(text) == 4):
        raise InvalidFilter(f"year: '{text}' is not a year: write four digits, e.g. 2022")
    return int(text)
