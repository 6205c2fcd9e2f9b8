"""Each criterion as a table of cases: the facts of one state, the day judged, the status
and what decided it. Built on small hand-made records, so every case names its dates."""

from datetime import date

import pytest

from treatywatch.treaties import MBT, Finding, Participation, TreatyRecord
from treatywatch.treaties.asks import AskFacts, Criterion, EventFact, MeetingFact, VoteFact, judge

day = date.fromisoformat
ASKED = day("2022-01-31")


# Forty early deposits, so the treaty is in force from 1 March 1999 (Art. 17(1)) as it was.
FORTY = [Participation(f"Q{n:02d}", consented=day("1998-01-01")) for n in range(40)]


def record(*participations, findings=()):
    everyone = [*FORTY, *participations]
    return {"mbt": TreatyRecord(MBT, everyone, ["USA", "FIN", "TON"], findings=findings)}


def event(on, category, text="", id=None):
    return EventFact(id or f"e-{on}-{category}", day(on), category, "mbt", text, "src")


POLICY = event("2022-06-21", "policy", "Use limited outside the Korean Peninsula")
TRANSFER = event("2024-11-20", "transfer", "Mines provided to Ukraine")
OLD_USE = event("2020-05-01", "use", "Used before the ask")
NEW_USE = event("2023-05-01", "use", "Used after the ask")


@pytest.mark.parametrize(
    "criterion, facts, on, status",
    [
        # party_by: the engine's status (Art. 15-17, 20) on the day judged.
        (Criterion("party_by", "mbt"), AskFacts("USA", record()), "2025-01-01", "not_met"),
        (
            Criterion("party_by", "mbt", by=day("2023-12-31")),
            AskFacts("TON", record(Participation("TON", consented=day("2023-06-01")))),
            "2024-01-01",
            "met",
        ),
        (
            Criterion("party_by", "mbt", by=day("2023-12-31")),
            AskFacts("TON", record(Participation("TON", consented=day("2025-06-25")))),
            "2025-07-01",
            "partly_met",
        ),
        # stays_party: a withdrawal notice ends it at once (Art. 20: pending is not staying).
        (
            Criterion("stays_party", "mbt"),
            AskFacts("FIN", record(Participation("FIN", consented=day("2012-01-09")))),
            "2025-01-01",
            "met",
        ),
        (
            Criterion("stays_party", "mbt"),
            AskFacts(
                "FIN",
                record(
                    Participation(
                        "FIN", consented=day("2012-01-09"), withdrawal_notified=day("2025-07-10")
                    )
                ),
            ),
            "2025-07-10",
            "not_met",
        ),
        # policy_after: the first policy after the ask meets it, in part if it keeps the exception.
        (
            Criterion("policy_after", "mbt", "policy"),
            AskFacts("USA", record()),
            "2025-01-01",
            "not_met",
        ),
        (
            Criterion("policy_after", "mbt", "policy"),
            AskFacts("USA", record(), (POLICY,)),
            "2022-06-20",
            "not_met",
        ),
        (
            Criterion("policy_after", "mbt", "policy"),
            AskFacts("USA", record(), (POLICY,)),
            "2022-06-21",
            "met",
        ),
        (
            Criterion("policy_after", "mbt", "policy", exception="Korea"),
            AskFacts("USA", record(), (POLICY,)),
            "2023-01-01",
            "partly_met",
        ),
        (
            Criterion("policy_after", "mbt", "policy", breach="transfer"),
            AskFacts("USA", record(), (POLICY, TRANSFER)),
            "2024-11-20",
            "not_met",
        ),
        # no_event_after: only events after the ask count.
        (
            Criterion("no_event_after", "mbt", "use"),
            AskFacts("USA", record(), (OLD_USE,)),
            "2025-01-01",
            "met",
        ),
        (
            Criterion("no_event_after", "mbt", "use"),
            AskFacts("USA", record(), (NEW_USE,)),
            "2023-04-30",
            "met",
        ),
        (
            Criterion("no_event_after", "mbt", "use"),
            AskFacts("USA", record(), (NEW_USE,)),
            "2023-05-01",
            "not_met",
        ),
        # stockpile_destroyed (MBT Art. 4): a completion finding known by the day judged.
        (
            Criterion("stockpile_destroyed", "mbt"),
            AskFacts(
                "FIN",
                record(
                    Participation("FIN", consented=day("2012-01-09")),
                    findings=[
                        Finding(
                            "FIN",
                            "stockpile_destruction",
                            "completed",
                            None,
                            day("2015-08-21"),
                            day("2015-08-21"),
                        )
                    ],
                ),
            ),
            "2016-01-01",
            "met",
        ),
        (
            Criterion("stockpile_destroyed", "mbt"),
            AskFacts("FIN", record(Participation("FIN", consented=day("2012-01-09")))),
            "2016-01-01",
            "not_met",
        ),
        (
            Criterion("stockpile_destroyed", "mbt"),
            AskFacts("USA", record()),
            "2016-01-01",
            "unknown",
        ),
        # attends_meeting: a partial attendance list proves presence, never absence.
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts(
                "USA",
                record(),
                meetings=(MeetingFact("mbt-msp-20", "mbt", day("2022-11-25"), "20MSP", True, "s"),),
            ),
            "2023-01-01",
            "met",
        ),
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts(
                "USA",
                record(),
                meetings=(MeetingFact("mbt-msp-20", "mbt", day("2022-11-25"), "20MSP", None, "s"),),
            ),
            "2023-01-01",
            "unknown",
        ),
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts(
                "USA",
                record(),
                meetings=(
                    MeetingFact("mbt-msp-20", "mbt", day("2022-11-25"), "20MSP", False, "s"),
                ),
            ),
            "2023-01-01",
            "not_met",
        ),
        # votes_yes: the latest roll call after the ask; a vote the record lacks is unknown.
        (Criterion("votes_yes", "mbt"), AskFacts("USA", record()), "2023-01-01", "unknown"),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts(
                "USA",
                record(),
                votes=(VoteFact(day("2022-12-07"), "mbt", "A/RES/77/1", "abstain", "s"),),
            ),
            "2023-01-01",
            "not_met",
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts(
                "USA",
                record(),
                votes=(
                    VoteFact(day("2022-12-07"), "mbt", "A/RES/77/1", "yes", "s"),
                    VoteFact(day("2023-12-04"), "mbt", "A/RES/78/1", None, "s"),
                ),
            ),
            "2024-01-01",
            "unknown",
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts(
                "USA",
                record(),
                votes=(VoteFact(day("2022-12-07"), "mbt", "A/RES/77/1", "yes", "s"),),
            ),
            "2023-01-01",
            "met",
        ),
        (Criterion("not_judged"), AskFacts("USA", record()), "2023-01-01", "unknown"),
    ],
)
def test_each_criterion_judges_the_facts_known_on_the_day(criterion, facts, on, status):
    assert judge(criterion, ASKED, facts, day(on)).status == status


def test_a_transfer_that_undoes_a_policy_names_both_facts():
    criterion = Criterion("policy_after", "mbt", "policy", breach="transfer")
    judgement = judge(
        criterion, ASKED, AskFacts("USA", record(), (POLICY, TRANSFER)), day("2025-01-01")
    )
    assert [reason.event_id for reason in judgement.reasons] == [POLICY.id, TRANSFER.id]


def test_a_policy_announced_before_the_ask_does_not_meet_it():
    early = event("2021-06-01", "policy", "An earlier policy")
    criterion = Criterion("policy_after", "mbt", "policy")
    assert (
        judge(criterion, ASKED, AskFacts("USA", record(), (early,)), day("2025-01-01")).status
        == "not_met"
    )


def test_a_status_reason_is_dated_by_the_day_the_status_began():
    facts = AskFacts("TON", record(Participation("TON", consented=day("2025-06-25"))))
    [reason] = judge(Criterion("party_by", "mbt"), ASKED, facts, day("2026-01-01")).reasons
    assert (reason.day, reason.text) == (day("2025-12-01"), "MBT status: State Party")
