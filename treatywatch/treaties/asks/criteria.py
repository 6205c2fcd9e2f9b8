"""The criteria an ask can be judged by. Each is a small function of the criterion, the day
it was asked, the state's facts and the day judged on, returning met, partly_met, not_met or
unknown with the facts that decided it; history.py turns a met ask later undone into
`reversed`. Only facts known by the day judged on count, and only those after the ask."""

from collections.abc import Callable
from datetime import date

from treatywatch.treaties.asks.facts import AskFacts, Criterion, Judgement, Reason
from treatywatch.treaties.status import Status

# When each criterion is met, in words for pages and the data dictionary.
CRITERION_WORDS = {
    "party_by": "the state is a State Party of the treaty (by the date given, if any)",
    "stays_party": "the state stays a State Party: no withdrawal pending or in effect",
    "policy_after": "the state announces a policy (an event of the given kind) after the ask",
    "no_event_after": "the record holds no event of the given kind (use, transfer, production) after the ask",
    "stockpile_destroyed": "the state completes the destruction of its stockpile",
    "attends_meeting": "the state attends a meeting of the treaty held after the ask",
    "votes_yes": "the state votes yes on the treaty's annual UN General Assembly resolution",
    "not_judged": "never judged: the record holds nothing to judge it by, so it stays unknown",
}
CRITERIA = tuple(CRITERION_WORDS)

_PARTY = (Status.PARTY, Status.PARTY_IN_FORCE)


def judge(criterion: Criterion, asked_on: date, facts: AskFacts, on: date) -> Judgement:
    return _JUDGES[criterion.kind](criterion, asked_on, facts, on)


# Treaty status (MBT Art. 15-17, 20; CCM Art. 15-17, 20): the engine says where a state stands.
def _party_by(criterion, asked_on, facts, on) -> Judgement:
    record = facts.records[criterion.treaty]
    status = record.status_on(facts.iso3, on)
    reason = _status_reason(record, facts.iso3, on, status)
    if status not in _PARTY:
        return Judgement("not_met", (reason,))
    consented = record.participation(facts.iso3).consented
    late = criterion.by is not None and consented > criterion.by
    return Judgement("partly_met" if late else "met", (reason,))


def _stays_party(criterion, asked_on, facts, on) -> Judgement:
    record = facts.records[criterion.treaty]
    status = record.status_on(facts.iso3, on)
    verdict = "met" if status in _PARTY else "not_met"
    return Judgement(verdict, (_status_reason(record, facts.iso3, on, status),))


def _status_reason(record, iso3: str, on: date, status: Status) -> Reason:
    """The status, dated by the day it began."""
    changes = [day for day, _ in record.status_changes(iso3) if day <= on]
    since = changes[-1] if changes else None
    name = record.treaty.code.upper()
    return Reason(since, f"{name} status: {status.label}")


def _policy_after(criterion, asked_on, facts, on) -> Judgement:
    policies = _events_after(facts, criterion, criterion.category, asked_on, on)
    if not policies:
        return Judgement(
            "not_met", (_nothing_after(f"{criterion.category} event of this state", asked_on),)
        )
    # The first answer to the ask is the one judged; a later event of the breach kind undoes it.
    policy = policies[0]
    breaches = _events_after(facts, criterion, criterion.breach, policy.first_day, on)
    if breaches:
        return Judgement("not_met", (_event_reason(policy), *map(_event_reason, breaches)))
    partial = criterion.exception and criterion.exception.lower() in policy.text.lower()
    return Judgement("partly_met" if partial else "met", (_event_reason(policy),))


def _no_event_after(criterion, asked_on, facts, on) -> Judgement:
    found = _events_after(facts, criterion, criterion.category, asked_on, on)
    if found:
        return Judgement("not_met", tuple(map(_event_reason, found)))
    return Judgement(
        "met", (_nothing_after(f"{criterion.category} event of this state", asked_on),)
    )


# MBT Art. 4 / CCM Art. 3: destruction of stockpiles, as the record's findings give it.
def _stockpile_destroyed(criterion, asked_on, facts, on) -> Judgement:
    record = facts.records[criterion.treaty]
    owed = [
        d
        for d in record.deadlines(facts.iso3, through=on)
        if d.obligation == "stockpile_destruction"
    ]
    if not owed:
        # A state not party owes no destruction the engine can date: its figures decide nothing.
        return Judgement("unknown")
    completed = owed[0].finding_on(on, "completed")
    if completed is None:
        return Judgement(
            "not_met",
            (Reason(owed[0].due, f"Stockpile destruction due {owed[0].due.isoformat()}"),),
        )
    words = "Stockpile destruction completed"
    return Judgement("met", (Reason(completed.last_day, words, completed.source_id),))


def _attends_meeting(criterion, asked_on, facts, on) -> Judgement:
    held = [
        m
        for m in facts.meetings
        if m.treaty == criterion.treaty and asked_on < m.day <= on and m.attended is not None
    ]
    reasons = tuple(_meeting_reason(m) for m in held)
    if any(m.attended for m in held):
        return Judgement("met", tuple(r for r, m in zip(reasons, held) if m.attended))
    if held:
        return Judgement("not_met", reasons)
    return Judgement(
        "unknown", (_nothing_after("attendance of this state at a meeting", asked_on),)
    )


def _votes_yes(criterion, asked_on, facts, on) -> Judgement:
    held = [v for v in facts.votes if v.treaty == criterion.treaty and asked_on < v.day <= on]
    if not held:
        return Judgement(
            "unknown", (_nothing_after("roll call on the treaty's resolution", asked_on),)
        )
    latest = max(held, key=lambda vote: vote.day)
    reason = Reason(
        latest.day, f"{latest.symbol}: {latest.vote or 'vote not in the record'}", latest.source_id
    )
    if latest.vote is None:
        return Judgement("unknown", (reason,))
    return Judgement("met" if latest.vote == "yes" else "not_met", (reason,))


def _not_judged(criterion, asked_on, facts, on) -> Judgement:
    return Judgement(
        "unknown", (Reason(None, "The record holds no facts this ask can be judged by"),)
    )


def _events_after(facts: AskFacts, criterion, category, after: date, on: date) -> list:
    if category is None:
        return []
    return sorted(
        (
            e
            for e in facts.events
            if e.category == category
            and e.treaty in (None, criterion.treaty)
            and after < e.first_day <= on
        ),
        key=lambda event: (event.first_day, event.id),
    )


def _nothing_after(what: str, asked_on: date) -> Reason:
    return Reason(None, f"The record holds no {what} after {asked_on.isoformat()}")


def _event_reason(event) -> Reason:
    return Reason(event.first_day, event.text, event.source_id, event.id)


def _meeting_reason(meeting) -> Reason:
    verb = "attended" if meeting.attended else "not among the states recorded at"
    return Reason(meeting.day, f"{verb} {meeting.name}", meeting.source_id)


_JUDGES: dict[str, Callable[[Criterion, date, AskFacts, date], Judgement]] = {
    "party_by": _party_by,
    "stays_party": _stays_party,
    "policy_after": _policy_after,
    "no_event_after": _no_event_after,
    "stockpile_destroyed": _stockpile_destroyed,
    "attends_meeting": _attends_meeting,
    "votes_yes": _votes_yes,
    "not_judged": _not_judged,
}
