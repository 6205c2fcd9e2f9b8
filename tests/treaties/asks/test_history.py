"""An ask's status over time: a step wherever the status changes, and `reversed` for an ask
met and later undone."""

from datetime import date

from treatywatch.treaties import MBT, TreatyRecord
from treatywatch.treaties.asks import AskFacts, Criterion, EventFact, status_history, status_on

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


def test_a_deadline_passing_is_a_day_the_status_may_change():
    criterion = Criterion("party_by", "mbt", by=day("2023-12-31"))
    history = status_history(criterion, ASKED, AskFacts("USA", US), day("2026-01-01"))
    assert [s.status for s in history] == ["not_met"]
