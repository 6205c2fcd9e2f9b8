"""What the record says of each kind of claim on one date."""

from datetime import date

from treatywatch.claims.claim import Claim
from treatywatch.claims.page_ref import PageRef
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


def judge_on(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    judge = {
        "count": _count,
        "status": _status,
        "group": _group,
        "meeting": _meeting,
        "entry_into_force": _entry_into_force,
        "since": _since,
    }[claim.kind]
    return judge(claim, snapshot, on)


def treaty_link(code: str, on: date) -> PageRef:
    return PageRef("treaty", code, on)


def state_link(iso3: str, on: date) -> PageRef:
    return PageRef("state", iso3, on)


def _count(claim, snapshot, on) -> Finding:
    record = snapshot.records[claim.treaty]
    statuses = record.statuses_on(on)
    actual = _counted(claim.subject, statuses, record, on)
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
}


def _counted(measure, statuses, record, on) -> int:
    if measure == "parties":
        return sum(s in PARTY for s in statuses.values())
    if measure == "not_party":
        return sum(s not in PARTY for s in statuses.values())
    if measure == "not_joined":
        return sum(s in (Status.NOT_SIGNED, Status.WITHDRAWN) for s in statuses.values())
    return sum(
        1 for iso3 in statuses if (p := record.participation(iso3)) and p.signed and p.signed <= on
    )


def _status(claim, snapshot, on) -> Finding:
    status = snapshot.records[claim.treaty].status_on(claim.subject, on)
    holds = {
        "party": status in PARTY,
        "not_party": status not in PARTY,
        "not_signed": status in (Status.NOT_SIGNED, Status.WITHDRAWN),
        "signed_not_party": status == Status.SIGNED,
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


def _group(claim, snapshot, on) -> Finding:
    excluded = set(claim.detail.split(",")) - {""}
    members = [m for m in snapshot.members(claim.subject, on) if m not in excluded]
    record = snapshot.records[claim.treaty]
    outside = [
        m for m in members if record.exists_on(m, on) and record.status_on(m, on) not in PARTY
    ]
    sources = tuple(
        sorted({m.source_url for m in snapshot.memberships if m.group == claim.subject})
    )
    words = f"{len(members)} members of {claim.subject.upper()} on {on.isoformat()}" + (
        f" besides {', '.join(sorted(excluded))}" if excluded else ""
    )
    if outside:
        return Finding(
            CONTRADICTED,
            on,
            ",".join(outside),
            f"{words}; not party: {', '.join(outside)}",
            sources,
            treaty_link(claim.treaty, on),
        )
    return Finding(
        SUPPORTED, on, "all party", f"{words}; all party", sources, treaty_link(claim.treaty, on)
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
