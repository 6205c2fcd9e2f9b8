from dataclasses import replace
from datetime import date

import pytest

from treatywatch.profiles.facts import ActionFact, ComplianceFact, ExtensionFact
from treatywatch.profiles.obligations import deadline_sources, deadline_state_words
from treatywatch.treaties import Deadline, Extension, Finding

day = date.fromisoformat
REPORT = Deadline(
    "7(1)", "initial_report", "Submit the initial transparency report", day("2026-05-30")
)
STOCKPILE = Deadline("4", "stockpile_destruction", "Destroy stockpiles", day("2010-06-01"))
UNKNOWN = "due date passed; the record does not say whether it was met"


def _found(deadline, kind="completed", first=None, last=None, source="s"):
    first = first and day(first)
    last = day(last) if last else first
    finding = Finding("TON", deadline.obligation, kind, None, first, last, source)
    return replace(deadline, findings=(finding,))


@pytest.mark.parametrize(
    ("deadline", "as_of", "expected"),
    [
        (REPORT, "2026-01-01", "upcoming"),
        (REPORT, "2026-05-30", "upcoming"),
        (REPORT, "2026-05-31", UNKNOWN),
        (_found(REPORT, first="2026-05-03"), "2026-11-23", "met on 3 May 2026"),
        (_found(REPORT), "2026-11-23", "met (date not recorded)"),
        (_found(REPORT, first="2026-07-01"), "2026-06-15", UNKNOWN),
        (_found(REPORT, first="2026-07-01"), "2026-07-02", "met after the due date on 1 July 2026"),
        (
            _found(STOCKPILE, first="2006-01-01", last="2006-12-31"),
            "2011-01-01",
            "met in 2006",
        ),
        (
            _found(STOCKPILE, "missed", first="2010-06-02"),
            "2011-01-01",
            "missed (not met by the due date)",
        ),
        (
            _found(STOCKPILE, "not_applicable"),
            "2011-01-01",
            "not applicable: no stockpile declared",
        ),
    ],
    ids=[
        "before",
        "on-the-due-day",
        "after",
        "met-with-date",
        "met-without-date",
        "met-only-later",
        "met-late",
        "met-in-a-year",
        "missed-per-a-source",
        "no-stockpile",
    ],
)
def test_a_deadline_s_state_in_words(deadline, as_of, expected):
    assert deadline_state_words(deadline, day(as_of)) == expected


def test_an_extended_deadline_not_yet_due_says_to_when_it_was_extended():
    extension = Extension("AGO", "5", day("2012-12-07"), day("2018-01-01"))
    clearance = Deadline("5", "clearance", "Clear", day("2018-01-01"), extensions=(extension,))
    assert deadline_state_words(clearance, day("2017-01-01")) == (
        "extended to 1 January 2018; not yet due"
    )


@pytest.fixture
def facts(cite):
    consent = ActionFact("mbt", "consent", day("2025-06-25"), "accession", cite("untc"))
    other_treaty = ActionFact("ccm", "consent", day("2011-01-01"), "ratification", cite("untc-ccm"))
    extensions = [
        ExtensionFact("mbt", "5", day("2034-11-20"), "2040-12-01", "msp", cite("msp-2034")),
        ExtensionFact("mbt", "5", day("2039-11-20"), "2045-12-01", "msp", cite("msp-2039")),
    ]
    completions = [
        ComplianceFact("mbt", "annual_report", 2026, "completed", "2027-04-01", cite("r-2026")),
        ComplianceFact("mbt", "annual_report", 2027, "completed", "2028-04-01", cite("r-2027")),
    ]
    return [consent, other_treaty], extensions, completions


def test_a_deadline_cites_the_consent_it_runs_from(facts):
    sources = deadline_sources(REPORT, "mbt", day("2026-11-23"), *facts)
    assert [s.id for s in sources] == ["untc"]


def test_an_extended_deadline_cites_every_decision_taken_by_the_day(facts):
    granted = (
        Extension("TON", "5", day("2034-11-20"), day("2040-12-01"), "msp", "msp-2034"),
        Extension("TON", "5", day("2039-11-20"), day("2045-12-01"), "msp", "msp-2039"),
    )
    clearance = Deadline("5", "clearance", "Clear", day("2045-12-01"), extensions=granted)
    assert [s.id for s in deadline_sources(clearance, "mbt", day("2035-01-01"), *facts)] == [
        "untc",
        "msp-2034",
    ]
    assert [s.id for s in deadline_sources(clearance, "mbt", day("2040-01-01"), *facts)] == [
        "untc",
        "msp-2034",
        "msp-2039",
    ]


def test_a_met_report_cites_the_finding_only_once_it_is_known(facts):
    finding = Finding("TON", "annual_report", "completed", 2026, *[day("2027-04-01")] * 2, "r-2026")
    report = Deadline(
        "7(2)", "annual_report", "Report", day("2027-04-30"), period=2026, findings=(finding,)
    )
    assert [s.id for s in deadline_sources(report, "mbt", day("2027-05-01"), *facts)] == [
        "untc",
        "r-2026",
    ]
    assert [s.id for s in deadline_sources(report, "mbt", day("2027-03-01"), *facts)] == ["untc"]
