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
from treatywatch.reports.facts import CasualtyFact, ReportFacts, TreatyYear
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

    @property
    def net_change(self) -> int:
        return self.counts.counts.parties - self.counts_before.parties


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
    record, first, as_of = year.record, facts.first_day, facts.as_of
    cite = footnotes.cite
    counts = overview_parts.treaty_counts(record, as_of, sources, footnotes)
    steps = universalisation.steps_in(record, year.actions, names, first, as_of)
    by_state = record.deadlines_by_state(through=as_of)
    deadline_cite = _deadline_sources(year, as_of)
    report = TreatyReport(
        treaty=record.treaty,
        opened=record.treaty.opened_for_signature <= as_of,
        counts=counts,
        counts_before=record.counts_on(first - timedelta(days=1)),
        steps={
            kind: tuple(Noted(s, cite(s.sources)) for s in getattr(steps, kind))
            for kind in ("joined", "signed", "withdrawal_notified", "withdrawn")
        },
        votes=tuple(
            Noted(v, cite(_vote_sources(v)))
            for v in year_votes(year.resolutions, facts.year, as_of, names)
        ),
        activities=tuple(
            (
                a.category,
                tuple(Noted((i, names.get(i, i), e), cite([e.source])) for i, e in a.events),
            )
            for a in activities.activities_in(year.events, first, as_of)
        ),
        figures=tuple(
            Noted((i, names.get(i, i), f), cite([f.source]))
            for i, f in activities.figures_in(year.figures, first, as_of)
        ),
        completed=tuple(
            Noted(e, cite(deadline_cite(e)))
            for e in obligations.completed_in(by_state, names, first, as_of)
        ),
        due_unmet=tuple(
            Noted(e, cite(deadline_cite(e)))
            for e in obligations.due_unmet_in(by_state, names, first, as_of)
        ),
        extensions=tuple(
            Noted(entry, cite([entry[2].source]))
            for entry in obligations.extensions_in(year.extensions, names, first, as_of)
        ),
        tallies=tuple(deadline_board.passed_tallies(by_state, record.treaty, as_of)),
        casualties=_casualties(record.treaty, facts.casualties, facts.year, as_of, cite),
        thin=(),
    )
    return _with_thin(report)


def _vote_sources(vote: YearVote) -> list[Citation]:
    return [r.source for r in (vote.resolution, vote.previous) if r is not None]


def _deadline_sources(year: TreatyYear, as_of: date):
    def sources(entry: obligations.DeadlineEntry) -> list[Citation]:
        actions = year.actions.get(entry.iso3, [])
        code = year.record.treaty.code
        return deadline_sources_by_id(entry.deadline, code, as_of, actions, year.citations)

    return sources


def _casualties(treaty: Treaty, figures: tuple[CasualtyFact, ...], year: int, as_of: date, cite):
    # The Monitor's global figure counts mines and explosive remnants of war: it is given
    # under the Mine Ban Treaty only.
    if treaty.code != "mbt":
        return ()
    return tuple(
        Noted(c, cite([c.source])) for c in casualties.published_in_year(figures, year, as_of)
    )


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
