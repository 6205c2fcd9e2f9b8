"""What an annual report reads from the database, as the plain facts of facts.py: the
treaty records and treaty actions through the same adapters the treaty pages use, and the
year's resolutions, events, figures, extensions and casualty figures, in a fixed number of
queries whatever the year."""

from collections import defaultdict
from datetime import date

from treatywatch.record import models
from treatywatch.record.citations import citation
from treatywatch.record.treaty_records import treaty_record
from treatywatch.reports.facts import CasualtyFact, ReportFacts, ResolutionFact, TreatyYear
from treatywatch.site.queries import profile_data, record_queries
from treatywatch.treaties import TREATIES

# Which figures belong to which treaty: antipersonnel mines or cluster munitions.
_MEASURE_PREFIX = {"mbt": "apm_", "ccm": "cm_"}


def report_facts(year: int, as_of: date) -> ReportFacts:
    return ReportFacts(
        year=year,
        as_of=as_of,
        states=record_queries.state_summaries(),
        treaties=tuple(_treaty_year(code, year) for code in TREATIES),
        casualties=_casualties(),
    )


def _treaty_year(code: str, year: int) -> TreatyYear:
    return TreatyYear(
        record=treaty_record(code),
        actions=record_queries.actions_by_state(code),
        resolutions=_resolutions(code, year),
        events=_events(code, year),
        figures=_figures(code, year),
        extensions=_extensions(code, year),
        citations=_deadline_citations(code),
    )


def _resolutions(code: str, year: int) -> tuple[ResolutionFact, ...]:
    rows = models.Resolution.objects.filter(treaty=code, year__in=(year - 1, year))
    rows = list(rows.select_related("source").order_by("year", "symbol"))
    votes = defaultdict(dict)
    for resolution_id, iso3, vote in models.Vote.objects.filter(
        resolution__in=[r.pk for r in rows]
    ).values_list("resolution_id", "state_id", "vote"):
        votes[resolution_id][iso3] = vote
    return tuple(_resolution(r, votes[r.pk]) for r in rows)


def _resolution(r: models.Resolution, votes: dict[str, str]) -> ResolutionFact:
    totals = (r.yes, r.no, r.abstain)
    return ResolutionFact(
        r.symbol, r.treaty, r.year, r.adopted_on, totals, r.roll_call, citation(r.source), votes
    )


def _events(code: str, year: int) -> tuple:
    # Events under no treaty (the Convention on Conventional Weapons') are the Mine Ban
    # Treaty's context, as on the profiles.
    treaties = (code, "") if code == "mbt" else (code,)
    rows = models.Event.objects.filter(
        treaty__in=treaties, date_start__year=year, date_end__year=year
    )
    return _with_state(rows, profile_data.event_facts)


def _figures(code: str, year: int) -> tuple:
    prefix = _MEASURE_PREFIX[code]
    rows = models.Figure.objects.filter(measure__startswith=prefix, as_of_end__year=year)
    return _with_state(rows, profile_data.figure_facts)


def _extensions(code: str, year: int) -> tuple:
    rows = models.Extension.objects.filter(treaty=code, granted_on__year=year)
    return _with_state(rows, profile_data.extension_facts)


def _with_state(rows, facts) -> tuple:
    """(iso3, fact) pairs, each fact as the profiles read it (site/queries/profile_data.py)."""
    rows = list(rows.select_related("source"))
    return tuple(zip((row.state_id for row in rows), facts(rows), strict=True))


def _deadline_citations(code: str) -> dict:
    # The sources deadlines name by id: their extensions' and findings'.
    ids = set(models.Extension.objects.filter(treaty=code).values_list("source_id", flat=True))
    ids |= set(models.Compliance.objects.filter(treaty=code).values_list("source_id", flat=True))
    return record_queries.citations(ids)


def _casualties() -> tuple[CasualtyFact, ...]:
    rows = models.GlobalCasualties.objects.select_related("source")
    return tuple(
        CasualtyFact(
            c.year, c.edition, c.quantity, c.approximate, c.published_in, citation(c.source)
        )
        for c in rows
    )
