import pytest

from treatywatch.search.postgres_index import tsquery_text
from treatywatch.search.query import MAX_LENGTH, Query, QueryTooLong, parse_query
from treatywatch.search.sqlite_index import match_expression


@pytest.mark.parametrize(
    ("typed", "phrases", "prefix"),
    [
        ("Tonga", (("tonga",),), True),
        ("korea policy", (("korea",), ("policy",)), True),
        ('"export moratorium" 1992', (("export", "moratorium"), ("1992",)), True),
        ('landmines "export moratorium"', (("landmines",), ("export", "moratorium")), False),
        ('"unbalanced quote', (("unbalanced",), ("quote",)), True),
        ("A/RES/64/56", (("a", "res", "64", "56"),), False),
        ("mines AND NOT use", (("mines",), ("and",), ("not",), ("use",)), True),
        (
            "mine* NEAR(a b) col:val ^start",
            (("mine",), ("near", "a"), ("b",), ("col", "val"), ("start",)),
            True,
        ),
        ("a\x00b", (("a",), ("b",)), True),
        ("snake_case", (("snake", "case"),), False),
        ("Côte d'Ivoire", (("côte",), ("d", "ivoire")), False),
    ],
)
def test_what_a_reader_types_becomes_words_and_phrases(typed, phrases, prefix):
    assert parse_query(typed) == Query(phrases, prefix)


@pytest.mark.parametrize("typed", ["", "   ", '"', '""', "*", "-", "()", "\x00", ":", "^"])
def test_text_without_a_letter_or_digit_is_an_empty_query(typed):
    assert parse_query(typed).is_empty


def test_a_query_of_exactly_the_maximum_length_is_accepted():
    assert not parse_query("a" * MAX_LENGTH).is_empty


def test_a_longer_query_is_refused_with_a_message_that_says_how_long_it_may_be():
    with pytest.raises(QueryTooLong, match=f"shorten it to {MAX_LENGTH} characters"):
        parse_query("a" * (MAX_LENGTH + 1))


@pytest.mark.parametrize(
    ("typed", "fts5", "tsquery"),
    [
        ("ukr", '"ukr"*', "(ukr:*)"),
        ("korea policy", '"korea" "policy"*', "(korea) & (policy:*)"),
        ('"export moratorium"', '"export moratorium"', "(export <-> moratorium)"),
        ('mines OR "use', '"mines" "or" "use"*', "(mines) & (or) & (use:*)"),
    ],
)
def test_each_database_receives_only_quoted_words(typed, fts5, tsquery):
    query = parse_query(typed)
    assert (match_expression(query), tsquery_text(query)) == (fts5, tsquery)
