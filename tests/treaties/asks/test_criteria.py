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
EARLIER_POLICY = event("2022-03-01", "policy", "No use anywhere")
TRANSFER = event("2024-11-20", "transfer", "Mines provided to Ukraine")
OLD_USE = event("2020-05-01", "use", "Used before the ask")
USE_ON_THE_DAY = event("2022-01-31", "use", "Used on the day of the ask")
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


def meeting(on, attended, name="20MSP"):
    return MeetingFact(f"mbt-{name}", "mbt", day(on), name, attended, "s")


def vote(on, how, symbol="A/RES/77/1", treaty="mbt"):
    return VoteFact(day(on), treaty, symbol, how, "s")


FIN_PARTY = record(Participation("FIN", consented=day("2012-01-09")))
FIN_DESTROYED = record(
    Participation("FIN", consented=day("2012-01-09")),
    findings=[
        Finding(
            "FIN",
            "stockpile_destruction",
            "completed",
            None,
            day("2015-08-21"),
            day("2015-08-21"),
            "s",
        )
    ],
)


@pytest.mark.parametrize(
    "criterion, facts, on, status",
    [
        # A state that consents on the day given is party by it, not late.
        (
            Criterion("party_by", "mbt", by=day("2023-12-31")),
            AskFacts("TON", record(Participation("TON", consented=day("2023-12-31")))),
            "2024-01-01",
            "met",
        ),
        # Events, meetings and roll calls count from the day after the ask through the day judged.
        (
            Criterion("policy_after", "mbt", "policy"),
            AskFacts("USA", record(), (event("2022-01-31", "policy"),)),
            "2025-01-01",
            "not_met",
        ),
        (
            Criterion("no_event_after", "mbt", "use"),
            AskFacts("USA", record(), (USE_ON_THE_DAY,)),
            "2025-01-01",
            "met",
        ),
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts("USA", record(), meetings=(meeting("2022-01-31", True),)),
            "2025-01-01",
            "unknown",
        ),
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts("USA", record(), meetings=(meeting("2022-11-25", True),)),
            "2022-11-25",
            "met",
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record(), votes=(vote("2022-01-31", "yes"),)),
            "2025-01-01",
            "unknown",
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record(), votes=(vote("2021-12-09", "yes"),)),
            "2025-01-01",
            "unknown",
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record(), votes=(vote("2022-12-07", "yes"),)),
            "2022-12-07",
            "met",
        ),
        # The first policy after the ask is the one judged, whatever order the record gives.
        (
            Criterion("policy_after", "mbt", "policy", exception="Korea"),
            AskFacts("USA", record(), (POLICY, EARLIER_POLICY)),
            "2025-01-01",
            "met",
        ),
        # Art. 4 binds a State Party only: before the state joined, its stockpile is unknown.
        (
            Criterion("stockpile_destroyed", "mbt"),
            AskFacts("FIN", FIN_PARTY),
            "2011-06-01",
            "unknown",
        ),
    ],
)
def test_only_facts_after_the_ask_and_known_on_the_day_count(criterion, facts, on, status):
    assert judge(criterion, ASKED, facts, day(on)).status == status


# What a campaign page shows under each ask: the day, the words and the source of each fact
# that decided it.
@pytest.mark.parametrize(
    "criterion, facts, on, reasons",
    [
        (
            Criterion("party_by", "mbt"),
            AskFacts("USA", record()),
            "2025-01-01",
            [(None, "MBT status: Not signed", "")],
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
            [("2025-07-10", "MBT status: Withdrawal pending", "")],
        ),
        (
            Criterion("policy_after", "mbt", "policy"),
            AskFacts("USA", record()),
            "2025-01-01",
            [(None, "The record holds no policy event of this state after 2022-01-31", "")],
        ),
        (
            Criterion("policy_after", "mbt", "policy"),
            AskFacts("USA", record(), (POLICY,)),
            "2025-01-01",
            [("2022-06-21", "Use limited outside the Korean Peninsula", "src")],
        ),
        (
            Criterion("no_event_after", "mbt", "use"),
            AskFacts("USA", record(), (OLD_USE,)),
            "2025-01-01",
            [(None, "The record holds no use event of this state after 2022-01-31", "")],
        ),
        (
            Criterion("no_event_after", "mbt", "use"),
            AskFacts("USA", record(), (NEW_USE, event("2023-02-01", "use", "Used earlier"))),
            "2025-01-01",
            [("2023-02-01", "Used earlier", "src"), ("2023-05-01", "Used after the ask", "src")],
        ),
        (
            Criterion("stockpile_destroyed", "mbt"),
            AskFacts("FIN", FIN_DESTROYED),
            "2016-01-01",
            [("2015-08-21", "Stockpile destruction completed", "s")],
        ),
        (
            Criterion("stockpile_destroyed", "mbt"),
            AskFacts("FIN", FIN_PARTY),
            "2016-01-01",
            [("2016-07-01", "Stockpile destruction due 2016-07-01", "")],
        ),
        # A meeting attended decides it alone; those missed are named only when none was attended.
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts(
                "USA",
                record(),
                meetings=(meeting("2022-11-25", False), meeting("2023-11-24", True, "21MSP")),
            ),
            "2025-01-01",
            [("2023-11-24", "attended 21MSP", "s")],
        ),
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts("USA", record(), meetings=(meeting("2022-11-25", False),)),
            "2025-01-01",
            [("2022-11-25", "not among the states recorded at 20MSP", "s")],
        ),
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts("USA", record()),
            "2025-01-01",
            [
                (
                    None,
                    "The record holds no attendance of this state at a meeting after 2022-01-31",
                    "",
                )
            ],
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record()),
            "2025-01-01",
            [
                (
                    None,
                    "The record holds no roll call on the treaty's resolution after 2022-01-31",
                    "",
                )
            ],
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record(), votes=(vote("2022-12-07", "abstain"),)),
            "2025-01-01",
            [("2022-12-07", "A/RES/77/1: abstain", "s")],
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record(), votes=(vote("2022-12-07", "yes"),)),
            "2025-01-01",
            [("2022-12-07", "A/RES/77/1: yes", "s")],
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record(), votes=(vote("2023-12-04", None, "A/RES/78/1"),)),
            "2025-01-01",
            [("2023-12-04", "A/RES/78/1: vote not in the record", "s")],
        ),
        (
            Criterion("not_judged"),
            AskFacts("USA", record()),
            "2025-01-01",
            [(None, "The record holds no facts this ask can be judged by", "")],
        ),
    ],
)
def test_a_judgement_names_the_facts_that_decided_it(criterion, facts, on, reasons):
    judgement = judge(criterion, ASKED, facts, day(on))
    assert [
        (r.day and r.day.isoformat(), r.text, r.source_id) for r in judgement.reasons
    ] == reasons
