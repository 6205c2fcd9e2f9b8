"""The record's facts an annual report is computed from, as plain values (read by
queries.py); the engine's TreatyRecord gives statuses and deadlines."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.profiles.facts import ActionFact, Citation, EventFact, ExtensionFact, FigureFact
from treatywatch.site.pages.state_summary import StateSummary
from treatywatch.treaties import TreatyRecord


@dataclass(frozen=True)
class ResolutionFact:
    """A General Assembly resolution supporting a treaty; `votes` by iso3 where the record
    holds the roll call (`roll_call` "yes", "partial" or "no"); totals None when unknown."""

    symbol: str
    treaty: str
    year: int
    adopted_on: date | None
    totals: tuple[int | None, int | None, int | None]
    roll_call: str
    source: Citation
    votes: Mapping[str, str]


@dataclass(frozen=True)
class CasualtyFact:
    """The Monitor's global count of mine and explosive remnants casualties in `year`."""

    year: int
    edition: str
    quantity: int
    approximate: bool
    published_in: str
    source: Citation


@dataclass(frozen=True)
class TreatyYear:
    """One treaty's facts for the report: `resolutions` of the year and the one before,
    `events` and `figures` (with each one's iso3) dated within the year, `citations` of the
    sources that deadlines' extensions and findings name."""

    record: TreatyRecord
    actions: Mapping[str, Sequence[ActionFact]]
    resolutions: tuple[ResolutionFact, ...]
    events: tuple[tuple[str, EventFact], ...]
    figures: tuple[tuple[str, FigureFact], ...]
    extensions: tuple[tuple[str, ExtensionFact], ...]
    citations: Mapping[str, Citation]


@dataclass(frozen=True)
class ReportFacts:
    year: int
    as_of: date
    states: Sequence[StateSummary]
    treaties: tuple[TreatyYear, ...]
    casualties: tuple[CasualtyFact, ...]

    @property
    def first_day(self) -> date:
        return date(self.year, 1, 1)

    @property
    def names(self) -> dict[str, str]:
        return {state.iso3: state.name for state in self.states}
