from datetime import date

import pytest

from treatywatch.profiles import sections


def test_an_event_known_only_to_its_year_counts_from_the_end_of_that_year(event):
    year_only, on_the_day = event("2014", "stockpile"), event("2014-09-23", "policy")
    assert sections.events_known_by([year_only, on_the_day], date(2014, 9, 23)) == [on_the_day]
    assert sections.events_known_by([year_only, on_the_day], date(2014, 12, 31)) == [
        year_only,
        on_the_day,
    ]


def test_an_event_known_to_its_month_counts_from_the_month_s_last_day(event):
    may = event("1998-05")
    assert sections.events_known_by([may], date(1998, 5, 30)) == []
    assert sections.events_known_by([may], date(1998, 5, 31)) == [may]


def test_events_run_oldest_first_with_a_year_before_the_days_within_it(event):
    late, year, early = event("1997-12-03"), event("1997"), event("1997-01-17")
    assert sections.chronological([late, year, early]) == [year, early, late]


@pytest.mark.parametrize(
    ("category", "section"),
    [
        ("policy", sections.NARRATIVE_CATEGORIES),
        ("legislation", sections.NARRATIVE_CATEGORIES),
        ("advocacy", sections.NARRATIVE_CATEGORIES),
        ("vote", sections.NARRATIVE_CATEGORIES),
        ("use", sections.PRACTICE_CATEGORIES),
        ("transfer", sections.PRACTICE_CATEGORIES),
        ("production", sections.PRACTICE_CATEGORIES),
        ("stockpile", sections.PRACTICE_CATEGORIES),
        ("meeting", sections.MEETING_CATEGORIES),
    ],
)
def test_each_category_has_one_section(event, category, section):
    homes = [
        s
        for s in (
            sections.NARRATIVE_CATEGORIES,
            sections.PRACTICE_CATEGORIES,
            sections.MEETING_CATEGORIES,
        )
        if sections.in_categories([event("2000", category)], s)
    ]
    assert homes == [section]


def test_the_main_sections_leave_other_treaties_events_to_their_own(event):
    mbt, neither, ccm = (
        event("2000", treaty="mbt"),
        event("2001", treaty=""),
        event("2002", treaty="ccm"),
    )
    assert sections.in_categories([mbt, neither, ccm], ("policy",)) == [mbt, neither]
    assert sections.treaty_events([mbt, neither, ccm], "ccm") == [ccm]


def test_key_developments_are_the_three_most_recent_newest_first(event):
    events = [event(f"{year}-01-01") for year in (2001, 2004, 2002, 2003)]
    assert [e.date for e in sections.key_developments(events)] == [
        "2004-01-01",
        "2003-01-01",
        "2002-01-01",
    ]


def test_a_state_without_events_has_no_key_developments():
    assert sections.key_developments([]) == []
