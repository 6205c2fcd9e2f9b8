from datetime import date

import pytest

from treatywatch.profiles.facts import ActionFact, TreatyFacts, VoteFact
from treatywatch.profiles.merging import same_fact_groups
from treatywatch.profiles.timeline import (
    action_entries,
    computed_entries,
    event_entries,
    timeline,
    vote_run_entries,
)
from treatywatch.treaties import MBT, Status
from treatywatch.treaties.standing import Standing

day = date.fromisoformat
NAMES = {"mbt": "Mine Ban Treaty", "ccm": "Convention on Cluster Munitions"}


@pytest.mark.parametrize(
    ("action", "consent_type", "text"),
    [
        ("signature", "", "Signed the Mine Ban Treaty."),
        ("consent", "ratification", "Ratified the Mine Ban Treaty."),
        ("consent", "accession", "Acceded to the Mine Ban Treaty."),
        ("consent", "acceptance", "Accepted the Mine Ban Treaty."),
        ("consent", "approval", "Approved the Mine Ban Treaty."),
        ("consent", "succession", "Notified its succession to the Mine Ban Treaty."),
        (
            "withdrawal_notice",
            "",
            "Notified its withdrawal from the Mine Ban Treaty (the day the depositary received the notice).",
        ),
    ],
)
def test_each_depositary_action_in_words(cite, action, consent_type, text):
    [entry] = action_entries(
        [ActionFact("mbt", action, day("2004-05-12"), consent_type, cite("untc"))], NAMES
    )
    assert (entry.date, entry.label, entry.text, [s.id for s in entry.sources]) == (
        "2004-05-12",
        "Mine Ban Treaty",
        text,
        ["untc"],
    )


@pytest.fixture
def estonia(cite):
    actions = [
        ActionFact("mbt", "consent", day("2004-05-12"), "accession", cite("untc")),
        ActionFact("mbt", "withdrawal_notice", day("2025-06-27"), "", cite("untc-notice")),
    ]
    standing = Standing(
        "EST",
        Status.WITHDRAWN,
        None,
        day("2004-05-12"),
        "accession",
        day("2004-11-01"),
        day("2025-06-27"),
        day("2025-12-27"),
    )
    return TreatyFacts(MBT, standing, 161, (), cite("untc")), actions


def test_the_dates_the_engine_computes_cite_the_actions_they_follow_from(estonia):
    facts, actions = estonia
    entries = computed_entries(facts, actions, "Estonia")
    assert [(e.date, e.text, [s.id for s in e.sources]) for e in entries] == [
        (
            "2004-11-01",
            "The Mine Ban Treaty entered into force for Estonia (Art. 17, computed from the date of deposit).",
            ["untc"],
        ),
        (
            "2025-12-27",
            "Withdrawal from the Mine Ban Treaty took effect (Art. 20, computed from the notice).",
            ["untc-notice"],
        ),
    ]


def test_the_timeline_stops_at_the_day_viewed(estonia):
    facts, actions = estonia
    entries = action_entries(actions, NAMES) + computed_entries(facts, actions, "Estonia")
    assert [e.date for e in timeline(entries, day("2025-12-01"))] == [
        "2004-05-12",
        "2004-11-01",
        "2025-06-27",
    ]
    assert [e.date for e in timeline(entries, day("2025-12-27"))][-1] == "2025-12-27"


def test_a_vote_shows_the_state_s_vote_and_the_totals(cite):
    vote = VoteFact(
        2009, "A/RES/64/56", day("2009-12-02"), "abstain", (160, 0, 18), cite("voeten"), cite("lm")
    )
    [entry] = vote_run_entries([vote], day("2026-01-01"), {})
    assert (entry.date, entry.text, [s.id for s in entry.sources]) == (
        "2009-12-02",
        "Abstained on Resolution 64/56 (adopted by 160 votes to 0, with 18 abstentions).",
        ["voeten", "lm"],
    )


def test_a_run_of_votes_is_one_line_cited_together_from_its_first_vote(cite):
    votes = [
        VoteFact(
            year,
            f"A/RES/{year - 1945}/1",
            day(f"{year}-12-01"),
            "abstain",
            (1, 0, 1),
            cite(f"v{year}"),
        )
        for year in (2019, 2020, 2021)
    ] + [VoteFact(2022, "A/RES/77/1", day("2022-12-01"), "yes", (1, 0, 1), cite("v2022"))]
    entries = vote_run_entries(votes, day("2022-06-30"), {})
    # The 2022 vote is not known yet on 30 June 2022: the run is the three abstentions.
    [run] = entries
    assert (run.date, run.text, run.cited_together, len(run.sources)) == (
        "2019-12-01",
        "Abstained every year 2019–2021 on the pro-ban UNGA resolution (3 resolutions, the first "
        "Resolution 74/1).",
        True,
        3,
    )


def test_a_vote_without_an_adoption_day_is_dated_to_its_year(cite):
    vote = VoteFact(1997, "A/RES/52/38 A", None, None, (142, 0, 18), cite("voeten"))
    [entry] = vote_run_entries([vote], day("2026-01-01"), {})
    assert (entry.date, entry.date_end, entry.text) == (
        "1997",
        day("1997-12-31"),
        "Vote not known on Resolution 52/38 A (adopted by 142 votes to 0, with 18 abstentions).",
    )


def test_events_are_labelled_with_their_category_and_ordered_with_the_rest(event, cite):
    entries = event_entries(
        same_fact_groups([event("2014", "stockpile"), event("1997-12-03", "policy")])
    )
    entries += action_entries(
        [ActionFact("mbt", "signature", day("1997-12-04"), "", cite("untc"))], NAMES
    )
    assert [(e.date, e.label) for e in timeline(entries, day("2026-01-01"))] == [
        ("1997-12-03", "Policy"),
        ("1997-12-04", "Mine Ban Treaty"),
        ("2014", "Stockpile"),
    ]
