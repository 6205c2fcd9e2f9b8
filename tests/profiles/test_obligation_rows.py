from datetime import date

import pytest

from treatywatch.profiles.facts import ActionFact, ComplianceFact, ExtensionFact
from treatywatch.profiles.obligations import PASSED_UNKNOWN, deadline_sources, deadline_state_words
from treatywatch.treaties import Deadline

day = date.fromisoformat
REPORT = Deadline(
    "7(1)", "initial_report", "Submit the initial transparency report", day("2026-05-30")
)


@pytest.mark.parametrize(
    ("deadline", "as_of", "expected"),
    [
        (REPORT, "2026-01-01", "upcoming"),
        (REPORT, "2026-05-30", "upcoming"),
        (REPORT, "2026-05-31", PASSED_UNKNOWN),
        (
            Deadline(**{**vars(REPORT), "met": True, "met_on": day("2026-05-03")}),
            "2026-11-23",
            "met on 3 May 2026",
        ),
        (Deadline(**{**vars(REPORT), "met": True}), "2026-11-23", "met (date not recorded)"),
        (
            Deadline(**{**vars(REPORT), "met": True, "met_on": day("2026-07-01")}),
            "2026-06-15",
            PASSED_UNKNOWN,
        ),
    ],
    ids=[
        "before",
        "on-the-due-day",
        "after",
        "met-with-date",
        "met-without-date",
        "met-only-later",
    ],
)
def test_a_deadline_s_state_in_words(deadline, as_of, expected):
    assert deadline_state_words(deadline, day(as_of)) == expected


def test_the_passed_deadline_says_the_record_does_not_know():
    assert PASSED_UNKNOWN == "due date passed — the record does not say whether it was met"


@pytest.fixture
def facts(cite):
    consent = ActionFact("mbt", "consent", day("2025-06-25"), "accession", cite("untc"))
    other_treaty = ActionFact("ccm", "consent", day("2011-01-01"), "ratification", cite("untc-ccm"))
    extensions = [
        ExtensionFact("mbt", "5", day("2034-11-20"), day("2040-12-01"), "MSP", cite("msp-2034")),
        ExtensionFact("mbt", "5", day("2039-11-20"), day("2045-12-01"), "MSP", cite("msp-2039")),
    ]
    completions = [
        ComplianceFact("mbt", "annual_report", 2026, day("2027-04-01"), cite("report-2026")),
        ComplianceFact("mbt", "annual_report", 2027, day("2028-04-01"), cite("report-2027")),
    ]
    return [consent, other_treaty], extensions, completions


def test_a_deadline_cites_the_consent_it_runs_from(facts):
    sources = deadline_sources(REPORT, "mbt", day("2026-11-23"), *facts)
    assert [s.id for s in sources] == ["untc"]


def test_an_extended_deadline_cites_the_latest_decision_taken_by_the_day(facts):
    clearance = Deadline("5", "clearance", "Clear", day("2040-12-01"), extended=True)
    assert [s.id for s in deadline_sources(clearance, "mbt", day("2035-01-01"), *facts)] == [
        "untc",
        "msp-2034",
    ]
    assert [s.id for s in deadline_sources(clearance, "mbt", day("2040-01-01"), *facts)] == [
        "untc",
        "msp-2039",
    ]


def test_a_met_report_cites_the_completion_for_its_period(facts):
    report = Deadline(
        "7(2)",
        "annual_report",
        "Report",
        day("2027-04-30"),
        period=2026,
        met=True,
        met_on=day("2027-04-01"),
    )
    assert [s.id for s in deadline_sources(report, "mbt", day("2027-05-01"), *facts)] == [
        "untc",
        "report-2026",
    ]
    assert [s.id for s in deadline_sources(report, "mbt", day("2027-03-01"), *facts)] == ["untc"]
