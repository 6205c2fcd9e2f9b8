"""One parser and one range for every date a reader asks about: site, API and command line."""

from datetime import date

import pytest

from treatywatch.treaties.day_range import EARLIEST_DAY, latest_day, parse_day

TODAY = date(2026, 5, 4)


def test_a_day_written_yyyy_mm_dd_is_read():
    assert parse_day("2009-11-30", today=TODAY) == date(2009, 11, 30)


@pytest.mark.parametrize(
    "text", ["20091130", "2009-W48-1", "2009-11-30T00:00", "2009-13-01", "2009-2-1", "", "soon"]
)
def test_anything_but_yyyy_mm_dd_is_refused_saying_how_to_write_it(text):
    with pytest.raises(ValueError) as refused:
        parse_day(text, today=TODAY)
    assert str(refused.value) == f"'{text}' is not a date; write YYYY-MM-DD"


def test_a_long_text_is_shortened_in_the_message():
    with pytest.raises(ValueError, match=r"^'x{40}…' is not a date"):
        parse_day("x" * 500, today=TODAY)


def test_the_range_runs_to_the_end_of_the_tenth_year_ahead():
    assert latest_day(TODAY) == date(2036, 12, 31)
    assert parse_day("2036-12-31", today=TODAY) == date(2036, 12, 31)


def test_the_range_starts_before_the_earliest_fact_in_the_record():
    # The record's oldest facts are from 1991 (the last US use of antipersonnel mines).
    assert EARLIEST_DAY == date(1990, 1, 1)
    assert parse_day("1990-01-01", today=TODAY) == EARLIEST_DAY


@pytest.mark.parametrize("text", ["0001-01-01", "1989-12-31", "2037-01-01", "9999-12-31"])
def test_a_day_outside_the_range_is_refused_naming_the_range(text):
    with pytest.raises(ValueError) as refused:
        parse_day(text, today=TODAY)
    assert str(refused.value) == (
        f"{text} is outside the dates TreatyWatch answers for: give one from 1990-01-01 to 2036-12-31"
    )


def test_the_range_is_counted_from_the_today_it_is_given_not_the_clock():
    # A year other than the clock's, so a range taken from the clock would show.
    then = date(2015, 6, 1)
    assert latest_day(then) == date(2025, 12, 31)
    assert parse_day("2025-12-31", today=then) == date(2025, 12, 31)
    with pytest.raises(ValueError, match="give one from 1990-01-01 to 2025-12-31"):
        parse_day("2026-01-01", today=then)


def test_a_text_of_forty_characters_is_shown_whole():
    with pytest.raises(ValueError, match=r"^'y{40}' is not a date"):
        parse_day("y" * 40, today=TODAY)
