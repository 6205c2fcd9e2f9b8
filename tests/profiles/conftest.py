import pytest

from treatywatch.dataset.partial_date import PartialDate
from treatywatch.profiles.facts import Citation, EventFact, FigureFact


@pytest.fixture
def cite():
    """A citation named `id`; other fields as given."""

    def make(id: str = "src", **fields) -> Citation:
        return Citation(id=id, title=fields.pop("title", f"Title of {id}"), **fields)

    return make


@pytest.fixture
def event(cite):
    """An event on a partial date, in a category, citing its own source unless told."""

    def make(
        when: str, category: str = "policy", treaty: str = "mbt", text: str = "", source=None
    ) -> EventFact:
        partial = PartialDate.parse(when)
        return EventFact(
            id=f"{category}-{when}-{text}",
            date=when,
            date_start=partial.first_day,
            date_end=partial.last_day,
            category=category,
            treaty=treaty,
            text=text or f"{category} on {when}",
            source=source or cite(f"src-{category}-{when}"),
        )

    return make


@pytest.fixture
def figure(cite):
    def make(
        as_of: str, quantity: int, item: str = "", approximate: bool = False, source=None
    ) -> FigureFact:
        return FigureFact(
            as_of=as_of,
            as_of_end=PartialDate.parse(as_of).last_day,
            measure="apm_stockpile",
            item=item,
            quantity=quantity,
            approximate=approximate,
            notes="",
            source=source or cite("gao"),
        )

    return make
