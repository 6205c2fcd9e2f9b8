from datetime import date

import pytest

from treatywatch.site.pages.deadline_board import (
    next_annual_report,
    passed_tallies,
    recently_passed,
    upcoming,
)
from treatywatch.treaties import MBT, Deadline, Finding

AS_OF = date(2026, 11, 23)
NAMES = {
    "TON": "Tonga",
    "MHL": "Marshall Islands",
    "AFG": "Afghanistan",
    "UKR": "Ukraine",
    "AND": "Andorra",
}


def deadline(obligation, due, finding=None, article="4"):
    found = (Finding("XXX", obligation, finding, None, due, due),) if finding else ()
    return Deadline(article, obligation, f"{obligation} due {due}", due, findings=found)


DEADLINES = {
    "TON": [
        deadline("initial_report", date(2026, 5, 30), article="7(1)"),
        deadline("stockpile_destruction", date(2029, 12, 1)),
    ],
    "MHL": [
        deadline("stockpile_destruction", date(2029, 9, 1)),
        deadline("clearance", date(2035, 9, 1), article="5"),
    ],
    "AFG": [
        deadline("stockpile_destruction", date(2007, 3, 1), "completed"),
        deadline("annual_report", date(2026, 4, 30), article="7(2)"),
        deadline("clearance", date(2025, 12, 1), article="5"),
    ],
    "UKR": [deadline("stockpile_destruction", date(2010, 6, 1), "missed")],
    "AND": [deadline("clearance", date(2009, 3, 1), "not_applicable", article="5")],
}


def test_upcoming_deadlines_are_listed_soonest_first():
    assert [(iso3, d.due) for iso3, d in upcoming(DEADLINES, NAMES, AS_OF)] == [
        ("MHL", date(2029, 9, 1)),
        ("TON", date(2029, 12, 1)),
        ("MHL", date(2035, 9, 1)),
    ]


def test_recently_passed_lists_the_last_year_without_annual_reports_or_met_ones():
    assert [(iso3, d.obligation) for iso3, d in recently_passed(DEADLINES, NAMES, AS_OF)] == [
        ("AFG", "clearance"),
        ("TON", "initial_report"),
    ]


def test_tallies_count_missed_only_where_a_source_says_so():
    tallies = {
        t.obligation: (t.met, t.missed, t.not_applicable, t.not_known)
        for t in passed_tallies(DEADLINES, MBT, AS_OF)
    }
    assert tallies == {
        "initial_report": (0, 0, 0, 1),
        "annual_report": (0, 0, 0, 1),
        "stockpile_destruction": (1, 1, 0, 0),
        "clearance": (0, 0, 1, 1),
    }


@pytest.mark.parametrize(
    "as_of, due",
    [
        (date(2026, 4, 29), date(2026, 4, 30)),
        (date(2026, 4, 30), date(2026, 4, 30)),
        (date(2026, 5, 1), date(2027, 4, 30)),
    ],
)
def test_the_next_annual_report_is_due_on_30_april(as_of, due):
    assert next_annual_report(MBT, as_of) == due
