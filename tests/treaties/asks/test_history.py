"""An ask's status over time: a step wherever the status changes, and `reversed` for an ask
met and later undone."""

from datetime import date

import pytest

from treatywatch.treaties import MBT, Finding, Participation, TreatyRecord
from treatywatch.treaties.asks import (
    AskFacts,
    Criterion,
    EventFact,
    MeetingFact,
    VoteFact,
    status_history,
    status_on,
)

day = date.fromisoformat
ASKED = day("2022-01-31")
US = {"mbt": TreatyRecord(MBT, [], ["USA"])}
POLICY = EventFact("policy-2022", day("2022-06-21"), "policy", "mbt", "A ban on transfers", "s")
TRANSFER = EventFact(
    "transfer-2024", day("2024-11-20"), "transfer", "mbt", "Mines transferred", "s"
)
BAN_TRANSFERS = Criterion("policy_after", "mbt", "policy", breach="transfer")


def steps(criterion, facts, until):
    return [
        (s.day.isoformat(), s.status) for s in status_history(criterion, ASKED, facts, day(until))
    ]


def test_a_transfer_ban_met_in_2022_is_reversed_by_the_2024_transfer():
    facts = AskFacts("USA", US, (POLICY, TRANSFER))
    assert steps(BAN_TRANSFERS, facts, "2026-01-01") == [
        ("2022-01-31", "not_met"),
        ("2022-06-21", "met"),
        ("2024-11-20", "reversed"),
    ]


def test_the_history_stops_at_the_day_asked_for():
    facts = AskFacts("USA", US, (POLICY, TRANSFER))
    assert steps(BAN_TRANSFERS, facts, "2023-01-01")[-1] == ("2022-06-21", "met")


def test_an_ask_never_met_is_not_met_rather_than_reversed():
    facts = AskFacts("USA", US, (TRANSFER,))
    criterion = Criterion("no_event_after", "mbt", "transfer")
    assert steps(criterion, facts, "2026-01-01") == [
        ("2022-01-31", "met"),
        ("2024-11-20", "reversed"),
    ]
    assert steps(Criterion("party_by", "mbt"), facts, "2026-01-01") == [("2022-01-31", "not_met")]


def test_before_the_ask_was_made_there_is_no_status():
    assert status_on(BAN_TRANSFERS, ASKED, AskFacts("USA", US), day("2021-12-31")) is None


def test_a_history_asked_up_to_the_day_of_a_change_ends_with_that_change():
    facts = AskFacts("USA", US, (POLICY, TRANSFER))
    assert steps(BAN_TRANSFERS, facts, "2022-06-21")[-1] == ("2022-06-21", "met")


def test_a_reversed_ask_names_the_fact_that_undid_it():
    facts = AskFacts("USA", US, (POLICY, TRANSFER))
    last = status_history(BAN_TRANSFERS, ASKED, facts, day("2026-01-01"))[-1]
    assert [r.event_id for r in last.judgement.reasons] == [POLICY.id, TRANSFER.id]


def test_the_status_on_a_day_is_the_latest_step_by_then():
    facts = AskFacts("USA", US, (POLICY, TRANSFER))
    on = {d: status_on(BAN_TRANSFERS, ASKED, facts, day(d)) for d in ("2023-01-01", "2026-01-01")}
    assert {d: (s.day.isoformat(), s.status) for d, s in on.items()} == {
        "2023-01-01": ("2022-06-21", "met"),
        "2026-01-01": ("2024-11-20", "reversed"),
    }


# Forty early deposits put the treaty in force from 1 March 1999 (Art. 17(1)), so a state
# that joins owes the destruction of its stockpile (Art. 4).
FORTY = [Participation(f"Q{n:02d}", consented=day("1998-01-01")) for n in range(40)]
TON_JOINS = Participation("TON", consented=day("2023-06-01"))
TON_DESTROYS = Finding(
    "TON", "stockpile_destruction", "completed", None, day("2025-03-10"), day("2025-03-10")
)
TON = {"mbt": TreatyRecord(MBT, [*FORTY, TON_JOINS], ["TON"], findings=[TON_DESTROYS])}


@pytest.mark.parametrize(
    "criterion, facts, history",
    [
        # The state's own status (Art. 15-17): it joins after the day given, so in part.
        (
            Criterion("party_by", "mbt", by=day("2022-12-31")),
            AskFacts("TON", TON),
            [("2022-01-31", "not_met"), ("2023-06-01", "partly_met")],
        ),
        # A finding on the stockpile, from the day the source dates it.
        (
            Criterion("stockpile_destroyed", "mbt"),
            AskFacts("TON", TON),
            [("2022-01-31", "unknown"), ("2023-06-01", "not_met"), ("2025-03-10", "met")],
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts(
                "USA", US, votes=(VoteFact(day("2022-12-07"), "mbt", "A/RES/77/1", "yes", "s"),)
            ),
            [("2022-01-31", "unknown"), ("2022-12-07", "met")],
        ),
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts(
                "USA",
                US,
                meetings=(MeetingFact("mbt-msp-20", "mbt", day("2022-11-25"), "20MSP", True, "s"),),
            ),
            [("2022-01-31", "unknown"), ("2022-11-25", "met")],
        ),
    ],
)
def test_each_kind_of_fact_is_a_day_the_status_may_change(criterion, facts, history):
    assert steps(criterion, facts, "2026-01-01") == history
