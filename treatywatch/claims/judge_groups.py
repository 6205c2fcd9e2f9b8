"""What the record says of claims about groups of states on one date: all party, the only one
outside, how many members are party."""

from datetime import date

from treatywatch.claims.claim import Claim
from treatywatch.claims.judge import PARTY
from treatywatch.claims.page_ref import treaty_link
from treatywatch.claims.snapshot import Snapshot
from treatywatch.claims.verdict import CONTRADICTED, NOT_IN_RECORD, SUPPORTED, Finding


def _outside(snapshot: Snapshot, claim: Claim, members: list[str], on: date) -> list[str]:
    record = snapshot.records[claim.treaty]
    return sorted(
        m for m in members if record.exists_on(m, on) and record.status_on(m, on) not in PARTY
    )


def _sources(snapshot: Snapshot, group: str) -> tuple[str, ...]:
    listed = {m.source_url for m in snapshot.memberships if m.group == group}
    return tuple(sorted(listed)) or ("states",)  # a UN region: the states' own file


def all_party(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    """ "Every other member of NATO is a State Party": set apart the states the sentence names
    and, for "other", the member of the group the text named last before."""
    named, _, before = claim.detail.partition("|")
    members = snapshot.members(claim.subject, on)
    excluded = set(named.split(",")) - {""}
    excluded |= set(next(([m] for m in before.split(",") if m in members), []))
    kept = [m for m in members if m not in excluded]
    outside = _outside(snapshot, claim, kept, on)
    words = f"{len(kept)} members of {claim.subject.upper()} on {on.isoformat()}" + (
        f" besides {', '.join(sorted(excluded))}" if excluded else ""
    )
    link = treaty_link(claim.treaty, on)
    if outside:
        return Finding(
            CONTRADICTED,
            on,
            ",".join(outside),
            f"{words}; not party: {', '.join(outside)}",
            _sources(snapshot, claim.subject),
            link,
        )
    return Finding(
        SUPPORTED, on, "all party", f"{words}; all party", _sources(snapshot, claim.subject), link
    )


def only(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    """ "Only the US and Cuba are not party": the group's members outside are exactly those."""
    link = treaty_link(claim.treaty, on)
    if claim.subject in ("accession", "last_accession"):
        return _accession(claim, snapshot, on, link)
    group = claim.subject
    if group == "region_of":  # "the only country in the region": the region of the state named
        named = snapshot.states.get(claim.value.split(",")[0])
        group = named.region.lower() if named else ""
    members = snapshot.members(group, on)
    if not members:
        return Finding(
            NOT_IN_RECORD, on, None, f"the record has no members of {group or 'the region'}"
        )
    outside = _outside(snapshot, claim, members, on)
    verdict = SUPPORTED if set(outside) == set(claim.value.split(",")) else CONTRADICTED
    words = (
        f"members of {group.upper()} not party on {on.isoformat()}: {', '.join(outside) or 'none'}"
    )
    return Finding(verdict, on, ",".join(outside), words, _sources(snapshot, group), link)


def _accession(claim, snapshot, on, link) -> Finding:
    record = snapshot.records[claim.treaty]
    accessions = sorted(
        (p.consented, iso3)
        for iso3 in record.states
        if (p := record.participation(iso3))
        and p.consent_type == "accession"
        and p.consented
        and p.consented <= on
    )
    if not accessions:
        return Finding(NOT_IN_RECORD, on, None, "the record has no accession by then")
    # "the first country to accede", "the last country to accede"
    which = "last" if claim.subject == "last_accession" else "first"
    day, state = accessions[-1] if which == "last" else accessions[0]
    verdict = SUPPORTED if state == claim.value else CONTRADICTED
    words = f"the {which} accession recorded by {on.isoformat()}: {state} on {day.isoformat()}"
    return Finding(verdict, on, state, words, ("treaty_actions",), link)


def group_count(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    """ "24 NATO member states have joined": how many members were party on the date."""
    members = snapshot.members(claim.subject, on)
    if not members:
        return Finding(NOT_IN_RECORD, on, None, f"the record has no members of {claim.subject}")
    party = len(members) - len(_outside(snapshot, claim, members, on))
    verdict = SUPPORTED if party == claim.value else CONTRADICTED
    words = f"{party} of the {len(members)} members of {claim.subject.upper()} were party on {on.isoformat()}"
    return Finding(
        verdict, on, party, words, _sources(snapshot, claim.subject), treaty_link(claim.treaty, on)
    )
