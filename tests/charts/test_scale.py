from datetime import date

import pytest

from treatywatch.charts.scale import DateScale, LinearScale, count_ticks, year_ticks


def test_a_linear_scale_maps_the_ends_of_the_data_to_the_ends_of_the_drawing():
    scale = LinearScale(0, 200, 272, 44)
    assert (scale(0), scale(200), scale(100)) == (272, 44, 158)


def test_a_linear_scale_over_a_single_value_does_not_divide_by_zero():
    assert LinearScale(5, 5, 10, 20)(5) == 10


def test_a_date_scale_maps_days_in_proportion():
    scale = DateScale(date(2000, 1, 1), date(2000, 1, 11), 0, 100)
    assert (scale(date(2000, 1, 1)), scale(date(2000, 1, 6)), scale(date(2000, 1, 11))) == (
        0,
        50,
        100,
    )


@pytest.mark.parametrize(
    "maximum, ticks",
    [
        (161, [0, 50, 100, 150, 200]),
        (112, [0, 20, 40, 60, 80, 100, 120]),
        (40, [0, 10, 20, 30, 40]),
        (5, [0, 1, 2, 3, 4, 5]),
        (0, [0, 1]),
    ],
)
def test_count_ticks_are_round_and_reach_the_maximum(maximum, ticks):
    assert count_ticks(maximum) == ticks


@pytest.mark.parametrize(
    "first, last, years",
    [
        (date(1997, 12, 3), date(2026, 11, 23), [2000, 2005, 2010, 2015, 2020, 2025]),
        (date(2008, 12, 3), date(2014, 9, 23), [2009, 2010, 2011, 2012, 2013, 2014]),
        (date(1998, 1, 1), date(1999, 11, 23), [1998, 1999]),
        (date(2008, 12, 3), date(2008, 12, 31), []),
    ],
)
def test_year_ticks_fall_on_the_first_of_january_of_round_years(first, last, years):
    ticks = year_ticks(first, last)
    assert [tick.year for tick in ticks] == years
    assert all((tick.month, tick.day) == (1, 1) for tick in ticks)
