"""Which years of UN votes the record holds, per treaty, with its gaps named."""

from datetime import date

import pytest

from treatywatch.coverage.facts import RollCall
from treatywatch.coverage.un_votes import vote_years

day = date.fromisoformat


def resolutions(treaty, years, held="yes"):
    return [RollCall(f"{treaty}-{y}", treaty, y, date(y, 12, 5), held) for y in years]


def test_every_year_from_1996_with_a_roll_call_is_covered():
    years = vote_years("mbt", resolutions("mbt", range(1996, 2026)), day("2026-06-01"))
    assert (years.first, years.last, years.years) == (1996, 2025, 30)
    assert years.roll_call == tuple(range(1996, 2026))
    assert years.partial == years.votes_unknown == years.missing == ()


def test_the_2024_gap_is_named_as_votes_unknown_not_as_missing():
    roll_calls = resolutions("mbt", [*range(1996, 2024), 2025]) + resolutions("mbt", [2024], "no")
    years = vote_years("mbt", roll_calls, day("2026-06-01"))
    assert (years.votes_unknown, years.missing, len(years.roll_call)) == ((2024,), (), 29)


@pytest.mark.parametrize(
    "roll_calls, as_of, expected",
    [
        # The Convention's resolutions start in 2015; 2016 is not in the record.
        (
            resolutions("ccm", [2015, 2017]),
            "2018-06-01",
            {"roll_call": (2015, 2017), "missing": (2016,)},
        ),
        # The resolution of the year counts once it is adopted, and not before.
        (resolutions("ccm", [2015, 2016]), "2016-12-04", {"roll_call": (2015,), "missing": ()}),
        (
            resolutions("ccm", [2015, 2016]),
            "2016-12-05",
            {"roll_call": (2015, 2016), "missing": ()},
        ),
        (resolutions("ccm", [2015]), "2017-01-01", {"roll_call": (2015,), "missing": (2016,)}),
        # A year is as complete as its least complete resolution.
        (
            resolutions("ccm", [2015]) + resolutions("ccm", [2015], "partial"),
            "2016-01-01",
            {"roll_call": (), "partial": (2015,)},
        ),
        # The other treaty's resolutions say nothing about this one.
        (resolutions("mbt", [2015]), "2016-01-01", {"roll_call": (), "missing": (2015,)}),
    ],
)
def test_years_are_sorted_by_how_much_of_their_roll_call_the_record_holds(
    roll_calls, as_of, expected
):
    years = vote_years("ccm", roll_calls, day(as_of))
    assert {kind: getattr(years, kind) for kind in expected} == expected


def test_before_the_first_resolution_there_are_no_years():
    years = vote_years("ccm", [], day("2010-06-01"))
    assert (years.years, years.missing) == (0, ())


def test_an_undated_resolution_counts_from_the_end_of_its_year():
    undated = RollCall("A/RES/x", "ccm", 2015, None, "yes")
    assert vote_years("ccm", [undated], day("2015-12-30")).roll_call == ()
    assert vote_years("ccm", [undated], day("2015-12-31")).roll_call == (2015,)
