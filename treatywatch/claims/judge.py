"""What the record says of each kind of claim on one date."""

import re
from datetime import date
from functools import lru_cache

from treatywatch.claims.claim import Claim
from treatywatch.claims.page_ref import state_link, treaty_link
from treatywatch.claims.qualifiers import allowed, tolerance_words
from treatywatch.claims.snapshot import Snapshot
from treatywatch.claims.verdict import (
    APPROXIMATELY,
    CONTRADICTED,
    NOT_IN_RECORD,
    SUPPORTED,
    Finding,
)
from treatywatch.treaties import Status

PARTY = {
    Status.PARTY,
    Status.PARTY_IN_FORCE,
    Status.WITHDRAWAL_PENDING,
    Status.WITHDRAWAL_SUSPENDED,
}
# Read from the record's event ids: these say the state is *not* known to have done it.
NONE_KNOWN = "none-known"
# An event that says a state no longer does it, or never did, is no act of it.
_NEGATED = re.compile(r"\b(?:no longer|never)\b", re.I)


def judge_on(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    from treatywatch.claims import judge_events, judge_figures, judge_groups

    judge = {
        "count": _count,
        "ordinal": _count,
        "status": _status,
        "group": judge_groups.all_party,
        "only": judge_groups.only,
        "group_count": judge_groups.group_count,
        "region_count": judge_groups.group_count,
        "meeting": _meeting,
        "entry_into_force": _entry_into_force,
        "treaty_event": judge_events.treaty_event,
        "state_event": judge_events.state_event,
        "since": _since,
        "figure": judge_figures.figure,
        "vote_tally": judge_figures.tally,
        "vote": judge_figures.state_vote,
    }[claim.kind]
    return judge(claim, snapshot, on)


@lru_cache(maxsize=64)
def _statuses_on(record, on: date):
    """Every state's status on a date: asked once per text and date, not once per claim."""
    return record.statuses_on(on)


def _count(claim, snapshot, on) -> Finding:
    if claim.subject not in _MEASURE_WORDS:
        return Finding(NOT_IN_RECORD, on, None, "the record does not count states by this measure")
    record = snapshot.records[claim.treaty]
    statuses = _statuses_on(record, on)
    actual = _counted(claim.subject, statuses, record, on) - (claim.detail == "and one more")
    low, high = allowed(claim.qualifier, claim.value)
    if actual == claim.value or (
        low <= actual <= high and claim.qualifier not in ("nearly", "about")
    ):
        verdict = SUPPORTED
    elif low <= actual <= high:
        verdict = APPROXIMATELY
    else:
        verdict = CONTRADICTED
    words = f"{actual} states {_MEASURE_WORDS[claim.subject]} on {on.isoformat()}"
    note = tolerance_words(claim.qualifier, claim.value)
    return Finding(
        verdict,
        on,
        actual,
        f"{words}; {note}" if note else words,
        ("treaty_actions",),
        treaty_link(claim.treaty, on),
    )


_MEASURE_WORDS = {
    "parties": "were States Parties",
    "not_party": "were not party (signatories, non-signatories and withdrawn)",
    "not_joined": "had neither signed nor joined",
    "signatories": "had signed",
    "signed_not_party": "had signed but were not party",
}


def _counted(measure, statuses, record, on) -> int:
    if measure == "parties":
        return sum(s in PARTY for s in statuses.values())
    if measure == "not_party":
        return sum(s not in PARTY for s in statuses.values())
    if measure == "not_joined":
        return sum(s in (Status.NOT_SIGNED, Status.WITHDRAWN) for s in statuses.values())
    if measure == "signed_not_party":
        return sum(s == Status.SIGNED for s in statuses.values())
    return sum(
        1 for iso3 in statuses if (p := record.participation(iso3)) and p.signed and p.signed <= on
    )


def _status(claim, snapshot, on) -> Finding:
    status = snapshot.records[claim.treaty].status_on(claim.subject, on)
    participation = snapshot.records[claim.treaty].participation(claim.subject)
    holds = {
        "party": status in PARTY,
        "not_party": status not in PARTY,
        "not_signed": status in (Status.NOT_SIGNED, Status.WITHDRAWN),
        "signed_not_party": status == Status.SIGNED,
        "never_signed": not (participation and participation.signed),
        "signed": bool(participation and participation.signed and participation.signed <= on),
        "withdrawal_pending": status in (Status.WITHDRAWAL_PENDING, Status.WITHDRAWAL_SUSPENDED),
    }[claim.value]
    name = snapshot.states[claim.subject].name
    return Finding(
        SUPPORTED if holds else CONTRADICTED,
        on,
        status.value,
        f"{name}: {status.value} on {on.isoformat()}",
        snapshot.action_sources.get((claim.treaty, claim.subject), ()),
        state_link(claim.subject, on),
    )


def _meeting(claim, snapshot, on) -> Finding:
    code = f"{claim.treaty}-{claim.subject}"
    meeting = next((m for m in snapshot.meetings if m.code == code), None)
    if meeting is None or meeting.start_date is None:
        return Finding(NOT_IN_RECORD, on, None, f"no dated meeting {code} in the record")
    wrong_year = claim.value is not None and claim.value != meeting.start_date.year
    wrong_place = bool(claim.detail) and claim.detail not in meeting.place
    facts = f"{meeting.name}: {meeting.place}, from {meeting.start_date.isoformat()}"
    return Finding(
        CONTRADICTED if wrong_year or wrong_place else SUPPORTED,
        on,
        f"{meeting.place}, {meeting.start_date.year}",
        facts,
        (meeting.source_id,),
        treaty_link(claim.treaty, on),
    )


def _entry_into_force(claim, snapshot, on) -> Finding:
    in_force = snapshot.records[claim.treaty].entry_into_force
    if in_force is None:
        return Finding(NOT_IN_RECORD, on, None, "the record has no entry into force")
    verdict = SUPPORTED if in_force.year == claim.value else CONTRADICTED
    return Finding(
        verdict,
        on,
        in_force.isoformat(),
        f"entered into force on {in_force.isoformat()} (Art. 17(1), from the deposits)",
        ("treaty_actions",),
        treaty_link(claim.treaty, on),
    )


def _since(claim, snapshot, on) -> Finding:
    category, _ = claim.detail.split(":")
    events = [
        e
        for e in snapshot.events
        if e.iso3 == claim.subject
        and e.category == category
        and e.date_end <= on
        and e.treaty in (claim.treaty, "")
        and NONE_KNOWN not in e.id
        and not _NEGATED.search(e.text)
    ]
    later = [e for e in events if e.date_start.year > claim.value]
    at = [e for e in events if e.date_start.year == claim.value]
    link = state_link(claim.subject, on)
    if later:
        return Finding(
            CONTRADICTED,
            on,
            max(e.date_start.year for e in later),
            "; ".join(e.text for e in later),
            tuple(e.source_id for e in later),
            link,
        )
    if at:
        return Finding(
            SUPPORTED,
            on,
            claim.value,
            "; ".join(e.text for e in at),
            tuple(e.source_id for e in at),
            link,
        )
    return Finding(NOT_IN_RECORD, on, None, f"the record has no {category} by it in {claim.value}")
