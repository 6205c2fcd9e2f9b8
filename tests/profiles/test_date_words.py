from datetime import date

import pytest

from treatywatch.profiles.date_words import (
    day_words,
    month_words,
    partial_date_words,
    publication_date_words,
    short_day_words,
)


@pytest.mark.parametrize(
    ("words", "day", "expected"),
    [
        (day_words, date(2014, 9, 23), "23 September 2014"),
        (day_words, date(1999, 3, 1), "1 March 1999"),
        (short_day_words, date(1997, 12, 3), "3 Dec 1997"),
        (short_day_words, date(2025, 6, 25), "25 Jun 2025"),
        (month_words, date(2009, 12, 2), "December 2009"),
    ],
)
def test_a_day_in_words(words, day, expected):
    assert words(day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2014-09-23", "23 September 2014"), ("1998-05", "May 1998"), ("1991", "1991")],
)
def test_a_partial_date_is_only_as_precise_as_it_is_known(text, expected):
    assert partial_date_words(text) == expected


def test_a_source_without_a_date_is_n_d():
    assert publication_date_words("") == "n.d."
    assert publication_date_words("2002-09") == "September 2002"
