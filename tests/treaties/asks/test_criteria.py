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


def joins(iso3, on, withdrawal_notified=None):
    return AskFacts(
        iso3,
        record(
            Participation(
                iso3,
                consented=day(on),
                withdrawal_notified=withdrawal_notified and day(withdrawal_notified),
            )
        ),
    )


def event(on, category, text="", id=None):
    return EventFact(id or f"e-{on}-{category}", day(on), category, "mbt", text, "src")


def meeting(on, attended, name="20MSP"):
    return MeetingFact(f"mbt-{name}", "mbt", day(on), name, attended, "s")


def vote(on, how, symbol="A/RES/77/1"):
    return VoteFact(day(on), "mbt", symbol, how, "s")


POLICY = event("2022-06-21", "policy", "Use limited outside the Korean Peninsula")
EARLIER_POLICY = event("2022-03-01", "policy", "No use anywhere")
TRANSFER = event("2024-11-20", "transfer", "Mines provided to Ukraine")
OLD_USE = event("2020-05-01", "use", "Used before the ask")
NEW_USE = event("2023-05-01", "use", "Used after the ask")
US = AskFacts("USA", record())
FIN_DESTROYED = AskFacts(
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
                "s",
            )
        ],
    ),
)


@pytest.mark.parametrize(
    "criterion, facts, on, status",
    [
        # party_by: the engine's status (Art. 15-17, 20) on the day judged; joining on the
        # day given is in time.
        (Criterion("party_by", "mbt"), US, "2025-01-01", "not_met"),
        (
            Criterion("party_by", "mbt", by=day("2023-12-31")),
            joins("TON", "2023-06-01"),
            "2024-01-01",
            "met",
        ),
        (
            Criterion("party_by", "mbt", by=day("2023-12-31")),
            joins("TON", "2023-12-31"),
            "2024-01-01",
            "met",
        ),
        (
            Criterion("party_by", "mbt", by=day("2023-12-31")),
            joins("TON", "2025-06-25"),
            "2025-07-01",
            "partly_met",
        ),
        # stays_party: a withdrawal notice ends it at once (Art. 20: pending is not staying).
        (Criterion("stays_party", "mbt"), joins("FIN", "2012-01-09"), "2025-01-01", "met"),
        (
            Criterion("stays_party", "mbt"),
            joins("FIN", "2012-01-09", "2025-07-10"),
            "2025-07-10",
            "not_met",
        ),
        # policy_after: the first policy after the ask meets it, in part if it keeps the
        # exception, whatever order the record gives them in; one on the day asked is not after.
        (Criterion("policy_after", "mbt", "policy"), US, "2025-01-01", "not_met"),
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
            Criterion("policy_after", "mbt", "policy", exception="Korea"),
            AskFacts("USA", record(), (POLICY, EARLIER_POLICY)),
            "2025-01-01",
            "met",
        ),
        (
            Criterion("policy_after", "mbt", "policy"),
            AskFacts("USA", record(), (event("2021-06-01", "policy"),)),
            "2025-01-01",
            "not_met",
        ),
        (
            Criterion("policy_after", "mbt", "policy"),
            AskFacts("USA", record(), (event("2022-01-31", "policy"),)),
            "2025-01-01",
            "not_met",
        ),
        (
            Criterion("policy_after", "mbt", "policy", breach="transfer"),
            AskFacts("USA", record(), (POLICY, TRANSFER)),
            "2024-11-20",
            "not_met",
        ),
        # no_event_after: only events after the ask count, from the day they happen.
        (
            Criterion("no_event_after", "mbt", "use"),
            AskFacts("USA", record(), (OLD_USE,)),
            "2025-01-01",
            "met",
        ),
        (
            Criterion("no_event_after", "mbt", "use"),
            AskFacts("USA", record(), (event("2022-01-31", "use"),)),
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
        # stockpile_destroyed (MBT Art. 4): a completion finding known by the day judged; a
        # state not yet party owes no destruction, so its stockpile decides nothing.
        (Criterion("stockpile_destroyed", "mbt"), FIN_DESTROYED, "2016-01-01", "met"),
        (
            Criterion("stockpile_destroyed", "mbt"),
            joins("FIN", "2012-01-09"),
            "2016-01-01",
            "not_met",
        ),
        (
            Criterion("stockpile_destroyed", "mbt"),
            joins("FIN", "2012-01-09"),
            "2011-06-01",
            "unknown",
        ),
        (Criterion("stockpile_destroyed", "mbt"), US, "2016-01-01", "unknown"),
        # attends_meeting: a partial attendance list proves presence, never absence; a meeting
        # on the day asked is not after it, one on the day judged counts.
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts("USA", record(), meetings=(meeting("2022-11-25", True),)),
            "2023-01-01",
            "met",
        ),
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts("USA", record(), meetings=(meeting("2022-11-25", None),)),
            "2023-01-01",
            "unknown",
        ),
        (
            Criterion("attends_meeting", "mbt"),
            AskFacts("USA", record(), meetings=(meeting("2022-11-25", False),)),
            "2023-01-01",
            "not_met",
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
        # votes_yes: the latest roll call after the ask, through the day judged; a vote the
        # record lacks is unknown.
        (Criterion("votes_yes", "mbt"), US, "2023-01-01", "unknown"),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record(), votes=(vote("2022-12-07", "abstain"),)),
            "2023-01-01",
            "not_met",
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts(
                "USA",
                record(),
                votes=(vote("2022-12-07", "yes"), vote("2023-12-04", None, "A/RES/78/1")),
            ),
            "2024-01-01",
            "unknown",
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record(), votes=(vote("2022-12-07", "yes"),)),
            "2023-01-01",
            "met",
        ),
        (
            Criterion("votes_yes", "mbt"),
            AskFacts("USA", record(), votes=(vote("2022-12-07", "yes"),)),
            "2022-12-07",
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
        (Criterion("not_judged"), US, "2023-01-01", "unknown"),
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


def test_a_status_reason_is_dated_by_the_day_the_status_began():
    facts = joins("TON", "2025-06-25")
    [reason] = judge(Criterion("party_by", "mbt"), ASKED, facts, day("2026-01-01")).reasons
    assert (reason.day, reason.text) == (day("2025-12-01"), "MBT status: State Party")


# What a campaign page shows under each ask: the day, the words and the source of each fact
# that decided it.
@pytest.mark.parametrize(
    "criterion, facts, on, reasons",
    [
        (
            Criterion("party_by", "mbt"),
            US,
            "2025-01-01",
            [(None, "MBT status: Not signed", "")],
        ),
        (
            Criterion("stays_party", "mbt"),
            joins("FIN", "2012-01-09", "2025-07-10"),
            "2025-07-10",
            [("2025-07-10", "MBT status: Withdrawal pending", "")],
        ),
        (
            Criterion("policy_after", "mbt", "policy"),
            US,
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
            FIN_DESTROYED,
            "2016-01-01",
            [("2015-08-21", "Stockpile destruction completed", "s")],
        ),
        (
            Criterion("stockpile_destroyed", "mbt"),
            joins("FIN", "2012-01-09"),
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
            US,
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
            US,
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
            US,
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
