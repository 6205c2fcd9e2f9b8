"""An annual report: for each treaty, the year's steps, vote, activities, obligations and
casualties, with the parties chart, the map and numbered footnotes. Pure Python over the
plain facts of facts.py; the counts, chart and map are the treaty page's own parts
(site/pages/overview_parts.py), so a report and the record's pages cannot disagree.

Footnotes are numbered in order of first citation: the parts are built in page order."""

from dataclasses import dataclass, replace
from datetime import date, timedelta

from treatywatch.profiles.facts import Citation
from treatywatch.profiles.footnotes import Footnote, Footnotes
from treatywatch.profiles.obligations import deadline_sources_by_id
from treatywatch.reports import activities, casualties, obligations, universalisation
from treatywatch.reports.facts import ReportFacts, TreatyYear
from treatywatch.reports.un_vote import YearVote, year_votes
from treatywatch.site.pages import deadline_board, overview_parts
from treatywatch.treaties import Counts, Treaty


@dataclass(frozen=True)
class Noted:
    """Anything the report shows, with the numbers of the footnotes it rests on."""

    item: object
    notes: tuple[int, ...]


@dataclass(frozen=True)
class TreatyReport:
    treaty: Treaty
    opened: bool
    counts: overview_parts.TreatyCounts
    counts_before: Counts
    steps: dict[str, tuple[Noted, ...]]
    votes: tuple[Noted, ...]
    activities: tuple[tuple[str, tuple[Noted, ...]], ...]
    figures: tuple[Noted, ...]
    completed: tuple[Noted, ...]
    due_unmet: tuple[Noted, ...]
    extensions: tuple[Noted, ...]
    tallies: tuple[deadline_board.ObligationTally, ...]
    casualties: tuple[Noted, ...]
    thin: tuple[str, ...]
    sections: int = 0


@dataclass(frozen=True)
class AnnualReport:
    year: int
    as_of: date
    treaties: tuple[TreatyReport, ...]
    chart: overview_parts.ChartPart
    maps: tuple[overview_parts.MapPart, ...]
    footnotes: tuple[Footnote, ...]
    state_count: int

    @property
    def first_day(self) -> date:
        return date(self.year, 1, 1)

    @property
    def thin(self) -> bool:
        """Whether the record holds little for the year: nothing in more than half of the
        sections of the treaties open by then."""
        opened = [t for t in self.treaties if t.opened]
        empty = sum(len(t.thin) for t in opened)
        return empty * 2 > sum(t.sections for t in opened)


def annual_report(facts: ReportFacts) -> AnnualReport:
    footnotes = Footnotes()
    names = facts.names
    sources_by_treaty = {
        t.record.treaty.code: overview_parts.record_sources(t.actions, facts.states, facts.as_of)
        for t in facts.treaties
    }
    treaties = tuple(
        _treaty_report(t, facts, names, sources_by_treaty[t.record.treaty.code], footnotes)
        for t in facts.treaties
    )
    records = [t.record for t in facts.treaties]
    all_sources = tuple(dict.fromkeys(s for ss in sources_by_treaty.values() for s in ss))
    chart = overview_parts.chart_part(records, facts.as_of, all_sources, footnotes)
    maps = tuple(
        overview_parts.map_part(
            t.record, facts.states, facts.as_of, sources_by_treaty[t.record.treaty.code], footnotes
        )
        for t in facts.treaties
        if t.record.treaty.opened_for_signature <= facts.as_of
    )
    return AnnualReport(
        facts.year, facts.as_of, treaties, chart, maps, footnotes.notes, len(facts.states)
    )


def _treaty_report(
    year: TreatyYear, facts: ReportFacts, names, sources, footnotes: Footnotes
) -> TreatyReport:
    part = _Part(year, facts, names, footnotes.cite)
    record, as_of = year.record, facts.as_of
    by_state = record.deadlines_by_state(through=as_of)
    report = TreatyReport(
        treaty=record.treaty,
        opened=record.treaty.opened_for_signature <= as_of,
        counts=overview_parts.treaty_counts(record, as_of, sources, footnotes),
        counts_before=record.counts_on(facts.first_day - timedelta(days=1)),
        steps=part.steps(),
        votes=part.votes(),
        activities=part.activities(),
        figures=part.with_state(activities.figures_in(year.figures, facts.first_day, as_of)),
        completed=part.deadlines(obligations.completed_in, by_state),
        due_unmet=part.deadlines(obligations.due_unmet_in, by_state),
        extensions=part.extensions(),
        tallies=tuple(deadline_board.passed_tallies(by_state, record.treaty, as_of)),
        casualties=part.casualties(),
        thin=(),
    )
    return _with_thin(report)


class _Part:
    """One treaty's sections of the year, each entry with its footnote numbers."""

    def __init__(self, year: TreatyYear, facts: ReportFacts, names, cite):
        self.year, self.facts, self.names, self.cite = year, facts, names, cite
        self.first, self.as_of = facts.first_day, facts.as_of

    def steps(self) -> dict[str, tuple[Noted, ...]]:
        found = universalisation.steps_in(
            self.year.record, self.year.actions, self.names, self.first, self.as_of
        )
        kinds = ("joined", "signed", "withdrawal_notified", "withdrawn")
        return {k: tuple(Noted(s, self.cite(s.sources)) for s in getattr(found, k)) for k in kinds}

    def votes(self) -> tuple[Noted, ...]:
        found = year_votes(self.year.resolutions, self.facts.year, self.as_of, self.names)
        return tuple(Noted(vote, self.cite(_vote_sources(vote))) for vote in found)

    def activities(self) -> tuple[tuple[str, tuple[Noted, ...]], ...]:
        found = activities.activities_in(self.year.events, self.first, self.as_of)
        return tuple((a.category, self.with_state(a.events)) for a in found)

    def with_state(self, pairs) -> tuple[Noted, ...]:
        """(iso3, name, fact) for (iso3, fact) pairs whose fact has one source."""
        return tuple(Noted((i, self.names.get(i, i), f), self.cite([f.source])) for i, f in pairs)

    def deadlines(self, select, by_state) -> tuple[Noted, ...]:
        entries = select(by_state, self.names, self.first, self.as_of)
        return tuple(Noted(entry, self.cite(self._deadline_sources(entry))) for entry in entries)

    def _deadline_sources(self, entry: obligations.DeadlineEntry) -> list[Citation]:
        actions = self.year.actions.get(entry.iso3, [])
        code = self.year.record.treaty.code
        return deadline_sources_by_id(
            entry.deadline, code, self.as_of, actions, self.year.citations
        )

    def extensions(self) -> tuple[Noted, ...]:
        found = obligations.extensions_in(self.year.extensions, self.names, self.first, self.as_of)
        return tuple(Noted(entry, self.cite([entry[2].source])) for entry in found)

    def casualties(self) -> tuple[Noted, ...]:
        # The Monitor's global figure counts mines and explosive remnants of war: it is
        # given under the Mine Ban Treaty only.
        if self.year.record.treaty.code != "mbt":
            return ()
        found = casualties.published_in_year(self.facts.casualties, self.facts.year, self.as_of)
        return tuple(Noted(c, self.cite([c.source])) for c in found)


def _vote_sources(vote: YearVote) -> list[Citation]:
    return [r.source for r in (vote.resolution, vote.previous) if r is not None]


def _with_thin(report: TreatyReport) -> TreatyReport:
    empty = {
        "steps": not any(report.steps.values()),
        "vote": not report.votes,
        "activities": not any(events for _, events in report.activities) and not report.figures,
        "obligations": not (report.completed or report.due_unmet),
        "extensions": not report.extensions,
        "casualties": not report.casualties,
    }
    if report.treaty.code != "mbt":
        del empty["casualties"]
    thin = tuple(name for name, is_empty in empty.items() if is_empty)
    return replace(report, thin=thin, sections=len(empty))
