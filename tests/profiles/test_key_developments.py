from dataclasses import replace
from datetime import date

import pytest

from treatywatch.profiles.facts import (
    ActionFact,
    ComplianceFact,
    ExtensionFact,
    ProfileFacts,
    TreatyFacts,
    VoteFact,
)
from treatywatch.profiles.key_developments import key_developments
from treatywatch.treaties import MBT, Status
from treatywatch.treaties.standing import Standing

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
                # 2024 not known between: the year before the change is named.
                "Voted against Resolution 80/1 on the Mine Ban Treaty, having abstained in 2023."
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
        ("transfer", "mbt", True),
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


def _party(base, cite, consented, in_force, notified=None, effective=None):
    """`base` with Mine Ban Treaty actions and the dates the engine computes from them."""
    actions = (ActionFact("mbt", "consent", consented, "accession", cite("untc")),)
    if notified:
        actions += (ActionFact("mbt", "withdrawal_notice", notified, "", cite("untc")),)
    status = Status.WITHDRAWN if effective else Status.PARTY_IN_FORCE
    standing = Standing("XXX", status, None, consented, "accession", in_force, notified, effective)
    treaty = TreatyFacts(MBT, standing, 160, (), None)
    return replace(base, actions=actions, treaties=(treaty,))


@pytest.mark.parametrize(
    ("steps", "as_of", "expected"),
    [
        # Tonga: accession on 25 Jun 2025, in force 1 Dec 2025 (Art. 17(2)).
        (
            (date(2025, 6, 25), date(2025, 12, 1)),
            date(2026, 11, 29),
            [
                "The Mine Ban Treaty entered into force for Tonga.",
                "Acceded to the Mine Ban Treaty.",
            ],
        ),
        # Before entry into force, only the accession has happened.
        (
            (date(2025, 6, 25), date(2025, 12, 1)),
            date(2025, 11, 30),
            ["Acceded to the Mine Ban Treaty."],
        ),
        # Poland: notice 20 Aug 2025, withdrawal effective 20 Feb 2026 (Art. 20).
        (
            (date(2012, 12, 27), date(2013, 6, 1), date(2025, 8, 20), date(2026, 2, 20)),
            date(2026, 11, 29),
            [
                "Its withdrawal from the Mine Ban Treaty took effect.",
                "Notified the depositary of its withdrawal from the Mine Ban Treaty.",
            ],
        ),
    ],
    ids=["tonga-in-force", "tonga-before-entry-into-force", "poland-withdrawn"],
)
def test_entry_into_force_and_the_effect_of_a_withdrawal_are_treaty_steps(
    base, cite, steps, as_of, expected
):
    facts = replace(_party(base, cite, *steps), as_of=as_of)
    assert [d.text for d in key_developments(facts, NAMES)] == expected


def test_a_policy_event_of_the_day_of_a_treaty_action_is_cited_by_that_action(base, cite, event):
    facts = _party(
        base, cite, date(2012, 1, 9), date(2012, 7, 1), date(2025, 7, 10), date(2026, 1, 10)
    )
    told = event("2025-07-10", "policy", source=cite("news"))
    found = key_developments(replace(facts, events=(told,), as_of=date(2025, 12, 31)), NAMES)
    assert [(d.text, [c.id for c in d.sources]) for d in found] == [
        ("Notified the depositary of its withdrawal from the Mine Ban Treaty.", ["untc", "news"])
    ]
