from datetime import date

import pytest

from treatywatch.profiles.facts import VoteFact
from treatywatch.profiles.merging import same_fact_groups, vote_events_stated

GULF_WAR = "The United States last used antipersonnel mines in the 1991 Gulf War."
GULF_WAR_DETAIL = (
    "The United States last used antipersonnel mines in the 1991 Gulf War, in Iraq and "
    "Kuwait, scattering 117,634 of them."
)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # The same sentence from two sources: one sentence, two sources.
        ((GULF_WAR, "a"), (GULF_WAR, "b"), [(GULF_WAR, ["a", "b"])]),
        # A sentence another begins with adds nothing: the longer one cites both.
        ((GULF_WAR, "a"), (GULF_WAR_DETAIL, "b"), [(GULF_WAR_DETAIL, ["b", "a"])]),
        # Two different statements of one day stay two sentences, each with its source.
        (
            ("The delegation attended as an observer.", "a"),
            ("The delegation said a review was under way.", "b"),
            [
                ("The delegation attended as an observer.", ["a"]),
                ("The delegation said a review was under way.", ["b"]),
            ],
        ),
        # A shared first word is no shared statement.
        (
            ("The United States last used mines.", "a"),
            ("The United States last produced mines.", "b"),
            [
                ("The United States last used mines.", ["a"]),
                ("The United States last produced mines.", ["b"]),
            ],
        ),
    ],
    ids=["same-sentence", "one-begins-the-other", "two-statements", "different-statements"],
)
def test_facts_of_one_day_and_kind_are_said_once(event, cite, first, second, expected):
    events = [event("1991", "use", text=t, source=cite(s)) for t, s in (first, second)]
    [group] = same_fact_groups(events)
    said = [(s.event.text, [c.id for c in s.sources]) for s in group]
    assert said == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("1991", "use", "mbt"), ("1992", "use", "mbt")),
        (("1991", "use", "mbt"), ("1991", "production", "mbt")),
        (("1991", "use", "mbt"), ("1991", "use", "ccm")),
    ],
    ids=["another-date", "another-kind", "another-treaty"],
)
def test_the_same_words_of_another_date_kind_or_treaty_are_another_fact(event, one, other):
    events = [event(*one, text=GULF_WAR), event(*other, text=GULF_WAR)]
    assert len(same_fact_groups(events)) == 2


def test_groups_keep_the_order_given(event):
    events = [event("1990"), event("1991"), event("1990", text="Another policy.")]
    assert [group[0].event.date for group in same_fact_groups(events)] == ["1990", "1991"]


def _vote(cite, vote, day=date(2009, 12, 2), treaty="mbt"):
    return VoteFact(2009, "A/RES/64/56", day, vote, (1, 0, 1), cite("undl"), treaty=treaty)


@pytest.mark.parametrize(
    ("vote", "category", "when", "stated"),
    [
        ("abstain", "vote", "2009-12-02", True),
        # The record does not know the vote: the event is what tells it.
        (None, "vote", "2009-12-02", False),
        ("abstain", "vote", "2009-12", False),
        ("abstain", "policy", "2009-12-02", False),
    ],
    ids=["vote-known", "vote-not-known", "another-date", "not-about-a-vote"],
)
def test_an_event_about_a_vote_the_record_holds_is_told_by_the_vote(
    event, cite, vote, category, when, stated
):
    found = vote_events_stated([event(when, category)], [_vote(cite, vote)])
    assert bool(found) is stated
