from dataclasses import replace
from datetime import date

import pytest

from treatywatch.profiles.facts import (
    ActionFact,
    ComplianceFact,
    ExtensionFact,
    ProfileFacts,
    VoteFact,
)
from treatywatch.profiles.key_developments import key_developments

NAMES = {"mbt": "Mine Ban Treaty", "ccm": "Convention on Cluster Munitions"}


@pytest.fixture
def base(cite):
    """A state with no facts yet, seen on the last day of 2025."""
    return ProfileFacts("XXX", "Tonga", "member", cite("states"), date(2025, 12, 31), ())


def _vote(cite, year, vote, treaty="mbt"):
    return VoteFact(
        year,
        f"A/RES/{year - 1945}/1",
        date(year, 12, 1),
        vote,
        (1, 1, 1),
        cite(f"v{year}"),
        treaty=treaty,
    )


def test_a_treaty_action_is_a_key_development(base, cite):
    action = ActionFact("mbt", "consent", date(2025, 6, 25), "accession", cite("untc"))
    [found] = key_developments(replace(base, actions=(action,)), NAMES)
    assert (found.kind, found.text) == ("treaty", "Acceded to the Mine Ban Treaty.")


@pytest.mark.parametrize(
    "votes, expected",
    [
        (["yes", "yes", "yes"], []),
        (
            ["yes", "abstain", "abstain"],
            [
                "Abstained on Resolution 79/1 on the Mine Ban Treaty, having voted in favour the year before."
            ],
        ),
        # An absence is no change of position: yes, absent, yes changed nothing.
        (["yes", "absent", "yes"], []),
        (
            ["abstain", None, "no"],
            [
                "Voted against Resolution 80/1 on the Mine Ban Treaty, having abstained the year before."
            ],
        ),
    ],
)
def test_only_votes_that_change_position_are_key_developments(base, cite, votes, expected):
    facts = replace(base, votes=tuple(_vote(cite, 2023 + n, v) for n, v in enumerate(votes)))
    assert [d.text for d in key_developments(facts, NAMES)] == expected


@pytest.mark.parametrize(
    "category, treaty, shown",
    [
        ("use", "mbt", True),
        ("policy", "ccm", True),
        ("legislation", "mbt", True),
        ("stockpile", "mbt", False),
        ("meeting", "mbt", False),
        ("policy", "", False),
    ],
)
def test_new_use_and_policy_changes_are_key_developments(base, event, category, treaty, shown):
    facts = replace(base, events=(event("2024-05-01", category, treaty=treaty),))
    assert bool(key_developments(facts, NAMES)) is shown


@pytest.mark.parametrize(
    "when, shown",
    [("2020-12-31", False), ("2021-01-01", True), ("2025-12-31", True), ("2026", False)],
)
def test_only_the_last_five_years_before_the_day_count(base, event, when, shown):
    facts = replace(base, events=(event(when, "use"),))
    assert bool(key_developments(facts, NAMES)) is shown


def test_deadlines_met_or_missed_and_extensions_are_key_developments(base, cite):
    facts = replace(
        base,
        completions=(
            ComplianceFact("mbt", "stockpile_destruction", None, "missed", "2024", cite("lm")),
            ComplianceFact("mbt", "clearance", None, "not_applicable", "2024", cite("lm")),
        ),
        extensions=(
            ExtensionFact("mbt", "5", date(2024, 11, 29), "2030-03-01", "mbt-rc-5", cite("x")),
            ExtensionFact("mbt", "5", date(2025, 12, 5), "2031", "mbt-msp-22", cite("y")),
        ),
    )
    assert [d.text for d in key_developments(facts, NAMES)] == [
        # A new deadline given only to the year is said no more precisely.
        "Was granted by the Twenty-second Meeting of States Parties an extension of its "
        "Art. 5 deadline under the Mine Ban Treaty, to 2031.",
        "Had missed its stockpile destruction deadline under the Mine Ban Treaty.",
        "Was granted by the Fifth Review Conference an extension of its Art. 5 deadline under "
        "the Mine Ban Treaty, to 1 March 2030.",
    ]


def test_newest_come_first_and_at_most_six(base, event):
    facts = replace(
        base,
        events=tuple(event(f"{2025 - n}-01-0{n + 1}", "use") for n in range(5))
        + tuple(event(f"2021-0{n + 2}", "policy") for n in range(3)),
    )
    found = key_developments(facts, NAMES)
    assert len(found) == 6 and [d.day for d in found] == sorted(
        (d.day for d in found), reverse=True
    )
