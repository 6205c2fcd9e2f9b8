"""What sources find of an obligation, matched to the right deadline and dated as the source
dates it; every deadline keeps the due date the treaty itself set."""

from dataclasses import replace
from datetime import date

import pytest

from treatywatch.treaties import MBT, Deadline, Finding, TreatyRecord
from treatywatch.treaties.deadline import period_text

day = date.fromisoformat
STOCKPILE = Deadline("4", "stockpile_destruction", "Destroy stockpiles", day("2010-06-01"))


def finding(obligation, kind="completed", period=None, first=None, last=None, iso3="TON"):
    first_day = day(first) if first else None
    return Finding(iso3, obligation, kind, period, first_day, day(last) if last else first_day)


@pytest.mark.parametrize(
    "first, last, text",
    [
        (None, None, None),
        ("2008-03-01", "2008-03-01", "2008-03-01"),
        ("2008-01-01", "2008-12-31", "2008"),
        ("2008-03-01", "2008-03-31", "2008-03"),
        # January is a month, not the year; and half a period gives no date at all.
        ("2008-01-01", "2008-01-31", "2008-01"),
        ("2008-03-01", None, None),
    ],
)
def test_a_finding_is_dated_to_the_day_month_or_year_its_source_gives(first, last, text):
    assert period_text(first and day(first), last and day(last)) == text


def test_a_stockpile_destroyed_on_the_due_day_itself_was_destroyed_in_time():
    done = replace(STOCKPILE, findings=(finding("stockpile_destruction", first="2010-06-01"),))
    assert done.state_on(day("2011-01-01")) == "met"


def test_a_completion_is_known_only_from_the_day_its_source_dates_it():
    completed = finding("stockpile_destruction", first="2009-01-01", last="2009-12-31")
    deadline = replace(STOCKPILE, findings=(completed,))
    assert deadline.met_on(day("2009-12-30")) is None
    assert deadline.met_on(day("2009-12-31")) == completed


@pytest.mark.parametrize(
    "as_of, state",
    [
        # "No stockpile" said in a source of July 2010: before it, a passed deadline is unknown.
        ("2010-06-30", "unknown"),
        ("2010-07-31", "not_applicable"),
    ],
)
def test_not_applicable_is_known_from_the_day_its_source_says_so(as_of, state):
    none_held = finding(
        "stockpile_destruction", "not_applicable", first="2010-07-01", last="2010-07-31"
    )
    assert replace(STOCKPILE, findings=(none_held,)).state_on(day(as_of)) == state


def test_an_annual_report_finding_concerns_only_the_year_it_covers(mbt_participations):
    record = TreatyRecord(MBT, mbt_participations, findings=[finding("annual_report", period=2026)])
    annual = [d for d in record.deadlines("TON", day("2028-06-01")) if d.period]
    states = {d.period: d.state_on(day("2028-06-01")) for d in annual}
    assert states == {2026: "met", 2027: "unknown"}


def test_every_deadline_keeps_the_due_date_the_treaty_sets(mbt_participations):
    record = TreatyRecord(MBT, mbt_participations)
    deadlines = record.deadlines("TON", day("2027-06-01"))
    assert [(d.obligation, d.original_due) for d in deadlines] == [
        ("initial_report", day("2026-05-30")),
        ("annual_report", day("2027-04-30")),
        ("stockpile_destruction", day("2029-12-01")),
        ("clearance", day("2035-12-01")),
    ]
