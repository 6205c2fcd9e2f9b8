"""States Parties' deadlines across a treaty on a date: the ones to come, and a tally of
the ones passed. A deadline is "missed" only where a source says so; one passed without
any finding is "not known"."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from treatywatch.treaties import Deadline, Treaty

# Annual reports recur for every party every year: they are tallied, not listed one by one.
LISTED_OBLIGATIONS = ("initial_report", "stockpile_destruction", "clearance")
# Passed deadlines are listed for this long before the date shown; older ones are tallied.
RECENTLY_PASSED_DAYS = 365


@dataclass(frozen=True)
class ObligationTally:
    """How many deadlines of one obligation had passed by the date, by what the record says."""

    obligation: str
    article: str
    description: str
    met: int
    not_known: int
    met_late: int = 0
    missed: int = 0
    not_applicable: int = 0


def upcoming(
    deadlines: Mapping[str, Sequence[Deadline]], names: Mapping[str, str], as_of: date
) -> list[tuple[str, Deadline]]:
    """(iso3, deadline) for each deadline not yet due and not known to be met, soonest first."""
    found = [
        (iso3, d)
        for iso3, ds in deadlines.items()
        for d in ds
        if d.state_on(as_of) in ("upcoming", "in_progress")
    ]
    return _by_date(found, names)


def recently_passed(
    deadlines: Mapping[str, Sequence[Deadline]], names: Mapping[str, str], as_of: date
) -> list[tuple[str, Deadline]]:
    """(iso3, deadline) for each listed obligation due in the year before `as_of` that the
    record does not say was met, oldest first."""
    since = as_of - timedelta(days=RECENTLY_PASSED_DAYS)
    found = [
        (iso3, d)
        for iso3, ds in deadlines.items()
        for d in ds
        if d.obligation in LISTED_OBLIGATIONS
        and d.due >= since
        and d.state_on(as_of) in ("unknown", "missed")
    ]
    return _by_date(found, names)


def passed_tallies(
    deadlines: Mapping[str, Sequence[Deadline]], treaty: Treaty, as_of: date
) -> list[ObligationTally]:
    """Per obligation, the deadlines due before `as_of`: met per the record, or not known."""
    passed = [d for ds in deadlines.values() for d in ds if d.due < as_of]
    return [
        _tally(obligation, article, words, passed, as_of)
        for obligation, article, words in _obligations(treaty)
    ]


def _by_date(
    pairs: list[tuple[str, Deadline]], names: Mapping[str, str]
) -> list[tuple[str, Deadline]]:
    return sorted(
        pairs, key=lambda pair: (pair[1].due, pair[1].article, names.get(pair[0], pair[0]))
    )


def _obligations(treaty: Treaty) -> list[tuple[str, str, str]]:
    return [
        ("initial_report", f"{treaty.report_article}(1)", "Initial transparency report"),
        ("annual_report", f"{treaty.report_article}(2)", "Annual transparency reports"),
        ("stockpile_destruction", treaty.stockpile_article, treaty.stockpile_description),
        ("clearance", treaty.clearance_article, treaty.clearance_description),
    ]


def _tally(
    obligation: str, article: str, words: str, passed: Sequence[Deadline], as_of: date
) -> ObligationTally:
    states = [d.state_on(as_of) for d in passed if d.obligation == obligation]
    return ObligationTally(
        obligation,
        article,
        words,
        met=states.count("met"),
        not_known=states.count("unknown"),
        met_late=states.count("met_late"),
        missed=states.count("missed"),
        not_applicable=states.count("not_applicable"),
    )


def next_annual_report(treaty: Treaty, as_of: date) -> date:
    """The next day annual reports fall due (Art. 7(2)), on or after `as_of`."""
    due = treaty.annual_report_due_in(as_of.year)
    return due if due >= as_of else treaty.annual_report_due_in(as_of.year + 1)
