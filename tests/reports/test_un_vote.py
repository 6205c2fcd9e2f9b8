from datetime import date

import pytest

from treatywatch.profiles.facts import Citation
from treatywatch.reports.facts import ResolutionFact
from treatywatch.reports.un_vote import VoteChange, year_votes

SOURCE = Citation("undl-1", "Voting record")
NAMES = {"AAA": "Aland", "BBB": "Bland", "CCC": "Cland"}


def resolution(year, votes, roll_call="yes", adopted_on=None):
    return ResolutionFact(
        f"A/RES/{year}",
        "mbt",
        year,
        adopted_on or date(year, 12, 1),
        (1, 2, 3),
        roll_call,
        SOURCE,
        votes,
    )


def test_a_change_is_a_state_whose_vote_differs_from_the_year_before():
    before = resolution(2008, {"AAA": "abstain", "BBB": "yes"})
    after = resolution(2009, {"AAA": "yes", "BBB": "yes"})
    [vote] = year_votes([before, after], 2009, date(2009, 12, 31), NAMES)
    assert vote.changes == (VoteChange("AAA", "Aland", "abstain", "yes"),)


def test_a_state_missing_from_a_partial_roll_call_is_no_change():
    before = resolution(2022, {"AAA": "abstain", "CCC": "no"})
    after = resolution(2023, {"AAA": "abstain"}, roll_call="partial")
    [vote] = year_votes([before, after], 2023, date(2023, 12, 31), NAMES)
    assert vote.changes == ()


@pytest.mark.parametrize(
    "years, unknown",
    [((2024, 2025), (2024,)), ((2023, 2024), (2024,))],
)
def test_changes_are_not_computed_when_either_years_votes_are_unknown(years, unknown):
    before, after = (
        resolution(y, {} if y == 2024 else {"AAA": "yes"}, "no" if y == 2024 else "yes")
        for y in years
    )
    [vote] = year_votes([before, after], years[1], date(years[1], 12, 31), NAMES)
    assert vote.changes is None and vote.unknown_years == unknown


def test_a_resolution_adopted_after_the_reports_day_is_not_in_it():
    adopted = resolution(2025, {}, adopted_on=date(2025, 12, 1))
    assert year_votes([adopted], 2025, date(2025, 11, 30), NAMES) == []


def test_without_a_resolution_the_year_before_there_is_nothing_to_compare():
    [vote] = year_votes([resolution(1996, {"AAA": "yes"})], 1996, date(1996, 12, 31), NAMES)
    assert vote.previous is None and vote.changes is None and vote.unknown_years == ()
