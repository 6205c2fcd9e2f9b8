"""The parts the home page and the treaty pages share: the counts, the chart of parties
over time and the map, each with the footnote numbers of the sources it is computed from.

Footnotes are numbered in order of first citation, so build the parts in page order.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.charts.markup import Svg
from treatywatch.charts.parties_chart import Series, parties_chart
from treatywatch.charts.world_map import WorldMap, atlas_source
from treatywatch.profiles.date_words import day_words
from treatywatch.profiles.facts import ActionFact, Citation
from treatywatch.profiles.footnotes import Footnotes
from treatywatch.site.pages.party_series import YearRow, chart_series, year_end_rows
from treatywatch.site.pages.state_summary import StateSummary
from treatywatch.site.pages.status_map import LegendEntry, legend, status_map
from treatywatch.site.serving.as_of import as_of_suffix
from treatywatch.treaties import Counts, Status, Treaty, TreatyRecord


@dataclass(frozen=True)
class TreatyCounts:
    treaty: Treaty
    counts: Counts
    notes: tuple[int, ...]

    @property
    def non_parties(self) -> int:
        return self.counts.signed_not_party + self.counts.not_signed + self.counts.withdrawn


@dataclass(frozen=True)
class ChartPart:
    """The chart, and the same numbers as a table: `treaties` are its columns; `unopened`,
    the treaties asked for that had not opened for signature by the date."""

    svg: Svg
    treaties: tuple[Treaty, ...]
    unopened: tuple[Treaty, ...]
    rows: tuple[YearRow, ...]
    notes: tuple[int, ...]


@dataclass(frozen=True)
class MapPart:
    treaty: Treaty
    map: WorldMap
    legend: tuple[LegendEntry, ...]
    rows: tuple[tuple[StateSummary, Status], ...]
    atlas: str
    notes: tuple[int, ...]


def action_sources(
    actions: Mapping[str, Sequence[ActionFact]], as_of: date
) -> tuple[Citation, ...]:
    """The sources of the treaty actions known by `as_of`."""
    known = (a for state_actions in actions.values() for a in state_actions if a.date <= as_of)
    return tuple(dict.fromkeys(action.source for action in known))


def record_sources(
    actions: Mapping[str, Sequence[ActionFact]], states: Sequence[StateSummary], as_of: date
) -> tuple[Citation, ...]:
    """The sources counts are computed from: the actions known by `as_of`, and the list of states."""
    return tuple(
        dict.fromkeys(action_sources(actions, as_of) + tuple(state.source for state in states))
    )


def treaty_counts(
    record: TreatyRecord, as_of: date, sources: Sequence[Citation], footnotes: Footnotes
) -> TreatyCounts:
    return TreatyCounts(record.treaty, record.counts_on(as_of), footnotes.cite(sources))


def chart_part(
    records: Sequence[TreatyRecord], as_of: date, sources: Sequence[Citation], footnotes: Footnotes
) -> ChartPart:
    series = chart_series(records, as_of)
    names = " and ".join(line.name for line in series)
    svg = parties_chart(
        series,
        as_of,
        title=f"States Parties to the {names}, up to {day_words(as_of)}",
        description=_chart_description(series, as_of),
        id_prefix="parties-chart",
    )
    drawn = {line.key for line in series}
    treaties = [record.treaty for record in records]
    return ChartPart(
        svg,
        tuple(t for t in treaties if t.code in drawn),
        tuple(t for t in treaties if t.code not in drawn),
        tuple(year_end_rows(series, as_of)),
        footnotes.cite(sources),
    )


def map_part(
    record: TreatyRecord,
    states: Sequence[StateSummary],
    as_of: date,
    sources: Sequence[Citation],
    footnotes: Footnotes,
) -> MapPart:
    states = [state for state in states if record.exists_on(state.iso3, as_of)]
    statuses = {state.iso3: record.status_on(state.iso3, as_of) for state in states}
    drawn = status_map(record.treaty, states, statuses, as_of, as_of_suffix(as_of))
    rows = tuple((state, statuses[state.iso3]) for state in states)
    return MapPart(
        record.treaty, drawn, tuple(legend(statuses)), rows, atlas_source(), footnotes.cite(sources)
    )


def _chart_description(series: Sequence[Series], as_of: date) -> str:
    if not series:
        return f"No treaty had opened for signature by {day_words(as_of)}."
    finals = "; ".join(f"{line.name}: {line.steps[-1][1]} on {day_words(as_of)}" for line in series)
    return (
        "A step line per treaty of the number of States Parties, changing on the days states "
        f"joined or left. {finals}."
    )
