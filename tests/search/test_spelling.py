"""Typo tolerance on its own: the record's words given, no database."""

import pytest

from treatywatch.search.query import parse_query
from treatywatch.search.spelling import corrected, words_of

KNOWN = words_of(
    [
        "Ukraine ratified the Mine Ban Treaty; Ukraine destroyed its stockpile.",
        "Côte d'Ivoire acceded. Stockpile destruction completed. Mines were laid.",
    ]
)


def words(typed: str):
    better = corrected(parse_query(typed), KNOWN)
    return better and better.phrases


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ukriane", (("ukraine",),)),
        ("stockpille destruction", (("stockpile",), ("destruction",))),
        ('"stockpile destrucion"', (("stockpile", "destruction"),)),
    ],
)
def test_a_word_the_record_never_uses_is_read_as_the_closest_it_does(typed, meant):
    assert words(typed) == meant


@pytest.mark.parametrize(
    "typed",
    ["ukraine stockpile", "mnes", "zzzzzzzz", "stock", "cote"],
    ids=["known", "short", "nothing-close", "prefix-of-a-known-word", "accents-aside"],
)
def test_known_words_prefixes_short_words_and_far_misses_are_left_alone(typed):
    assert words(typed) is None


def test_words_are_counted_without_case_or_accents():
    assert KNOWN["ukraine"] == 2 and KNOWN["cote"] == 1
