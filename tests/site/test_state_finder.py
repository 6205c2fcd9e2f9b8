"""The finder's matching on its own: the states and their other names given, no database."""

import csv

import pytest

from treatywatch.profiles.aliases import aliases
from treatywatch.site.queries.state_finder import find_state, plain

NAMES = {
    row["iso3"]: row["name"] for row in csv.DictReader(open("data/states.csv", encoding="utf-8"))
}


def found(text):
    return find_state(text, NAMES, aliases())


@pytest.mark.parametrize(
    ("typed", "iso3"),
    [
        ("ukriane", "UKR"),
        ("Burma", "MMR"),
        ("Ivory Coast", "CIV"),
        ("US", "USA"),
        ("DPRK", "PRK"),
        ("ukr", "UKR"),
        ("USA", "USA"),
        ("Côte d'Ivoire", "CIV"),
        ("united states", "USA"),
        ("South Sudan", "SSD"),
        ("Sudan", "SDN"),
        ("Niger", "NER"),
        # Official names, as the UN writes them.
        ("Russian Federation", "RUS"),
        ("Viet Nam", "VNM"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Lao PDR", "LAO"),
        ("Lao People's Democratic Republic", "LAO"),
        ("Republic of Korea", "KOR"),
        ("Republic of Moldova", "MDA"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Holy See", "VAT"),
    ],
)
def test_a_name_other_name_code_or_near_miss_finds_its_state(typed, iso3):
    assert found(typed).found == iso3


@pytest.mark.parametrize(("typed", "among"), [("Korea", {"PRK", "KOR"}), ("Congo", {"COG", "COD"})])
def test_a_name_several_states_share_finds_none_and_suggests_each(typed, among):
    finding = found(typed)
    assert finding.found is None
    assert among <= {s.iso3 for s in finding.suggestions}


def test_a_short_text_is_only_a_code_or_a_name_never_a_guess():
    finding = found("u")
    assert finding.found is None
    assert all("u" in plain(s.matched) for s in finding.suggestions)


def test_nothing_like_a_state_finds_nothing():
    assert found("xyzzyq").suggestions == ()


def test_accents_case_punctuation_and_a_leading_the_do_not_count():
    assert plain("  The Côte d'Ivoire ") == "cote d ivoire"
    assert plain("the U.S.") == "us"
