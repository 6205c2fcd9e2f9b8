from dataclasses import replace

import pytest

from treatywatch.site.pages.key_rules import key_rules, ordinal
from treatywatch.treaties import CCM, MBT


def rules_of(treaty):
    return {rule.heading: (rule.article, rule.words) for rule in key_rules(treaty)}


def test_the_mine_ban_treaty_rules_carry_its_articles_and_time_limits():
    rules = rules_of(MBT)
    assert rules["Stockpile destruction"][0] == "4"
    assert "no later than 4 years after" in rules["Stockpile destruction"][1]
    assert "cannot be extended" in rules["Stockpile destruction"][1]
    assert (
        "no later than 10 years after" in rules["Clearance"][1]
        and "may extend" in rules["Clearance"][1]
    )
    assert "40th instrument" in rules["Entry into force"][1]
    assert (
        "180 days" in rules["Transparency reports"][1]
        and "30 April" in rules["Transparency reports"][1]
    )
    assert "6 months after the depositary receives" in rules["Withdrawal"][1]
    assert "3 December 1997" in rules["Joining"][1]


def test_the_cluster_munitions_rules_differ_where_the_convention_does():
    rules = rules_of(CCM)
    assert rules["Stockpile destruction"][0] == "3"
    assert "no later than 8 years after" in rules["Stockpile destruction"][1]
    assert "may extend" in rules["Stockpile destruction"][1]
    assert "30th instrument" in rules["Entry into force"][1]


def test_the_words_follow_the_definition_not_a_copy_of_it():
    rules = rules_of(replace(MBT, stockpile_years=7, stockpile_article="9", withdrawal_months=12))
    assert rules["Stockpile destruction"] == ("9", rules["Stockpile destruction"][1])
    assert "no later than 7 years after" in rules["Stockpile destruction"][1]
    assert "12 months after" in rules["Withdrawal"][1]


@pytest.mark.parametrize(
    "number, words",
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (21, "21st"), (30, "30th"), (40, "40th")],
)
def test_ordinals(number, words):
    assert ordinal(number) == words
