"""What states were recorded doing in the report's year: policy, use, production, transfer
and stockpiles (events), and the figures dated within the year (stockpiles held, destroyed,
retained). A fact dated to a period counts in the year only if the whole period lies in it."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.profiles.facts import EventFact, FigureFact

# Policy first: what governments announced, decided or legislated (a withdrawal is
# announced before the depositary is notified).
CATEGORIES = ("policy", "use", "production", "transfer", "stockpile")


@dataclass(frozen=True)
class Activity:
    category: str
    events: tuple[tuple[str, EventFact], ...]


def activities_in(
    events: Sequence[tuple[str, EventFact]], first: date, as_of: date
) -> list[Activity]:
    """For each category, the events dated within the year and known by `as_of`."""
    within = [(i, e) for i, e in events if first <= e.date_start and e.date_end <= as_of]
    ordered = sorted(within, key=lambda pair: (pair[1].date_start, pair[0]))
    return [Activity(c, tuple(p for p in ordered if p[1].category == c)) for c in CATEGORIES]


def figures_in(
    figures: Sequence[tuple[str, FigureFact]], first: date, as_of: date
) -> list[tuple[str, FigureFact]]:
    """The totals (not the figures by item) dated within the year, by measure and state."""
    return sorted(
        (
            (i, f)
            for i, f in figures
            if not f.item and first <= f.as_of_end <= as_of and f.as_of.startswith(str(first.year))
        ),
        key=lambda pair: (pair[1].measure, pair[0]),
    )
