"""What the record says of figures on one date: a state's stockpile, mines destroyed or
retained; a UN General Assembly tally; a state's vote on a resolution."""

from datetime import date

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


def _latest(snapshot: Snapshot, claim: Claim, on: date):
    """The latest figure known by the date: its total row, else the sum of its items."""
    rows = [
        f
        for f in snapshot.figures
        if f.iso3 == claim.subject and f.measure == claim.detail and f.as_of_end <= on
    ]
    if not rows:
        return None, ()
    last = max(f.as_of_end for f in rows)
    same = [f for f in rows if f.as_of_end == last]
    total = [f for f in same if not f.item]
    chosen = total[:1] or same
    return (last, sum(f.quantity for f in chosen)), tuple(sorted({f.source_id for f in chosen}))


def _precision(value: int) -> float:
    """Half the last written digit's worth: "10.4 million" stands for 10.35 to 10.45 million."""
    step = 1
    while value % (step * 10) == 0 and step < value:
        step *= 10
    return step / 2


def figure(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    if claim.subject == "world":
        return Finding(
            NOT_IN_RECORD, on, None, "the record keeps figures state by state, not world totals"
        )
    latest, sources = _latest(snapshot, claim, on)
    link = state_link(claim.subject, on)
    if latest is None:
        return Finding(
            NOT_IN_RECORD,
            on,
            None,
            f"the record has no {claim.detail} figure by {on.isoformat()}",
            (),
            link,
        )
    as_of, actual = latest
    low, high = allowed(claim.qualifier, claim.value)
    if claim.qualifier in ("", "about", "nearly") and abs(actual - claim.value) <= _precision(
        claim.value
    ):
        verdict = SUPPORTED
    elif claim.qualifier not in ("about", "nearly") and low <= actual <= high and claim.qualifier:
        verdict = SUPPORTED
    elif low <= actual <= high:
        verdict = APPROXIMATELY
    else:
        verdict = CONTRADICTED
    note = tolerance_words(claim.qualifier, claim.value)
    words = f"{claim.detail} {actual:,} as of {as_of.isoformat()}" + (f"; {note}" if note else "")
    return Finding(verdict, on, actual, words, sources, link)


def tally(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    if claim.subject.startswith("first_committee") or claim.subject == "unknown":
        return Finding(
            NOT_IN_RECORD,
            on,
            None,
            "the record holds the General Assembly's plenary votes, not the First Committee's",
        )
    resolutions = [
        r
        for r in snapshot.resolutions
        if (r.symbol == claim.subject or f"year-{r.year}" == claim.subject)
        and r.treaty == claim.treaty
        and r.yes is not None
        and (r.adopted_on is None or r.adopted_on <= on)
    ]
    if not resolutions:
        return Finding(NOT_IN_RECORD, on, None, f"no tally of {claim.subject} in the record")
    given = [int(n) for n in claim.value.split("-")]
    resolution = resolutions[0]
    actual = [resolution.yes, resolution.no, resolution.abstain][: len(given)]
    verdict = SUPPORTED if actual == given else CONTRADICTED
    words = f"{resolution.symbol}: {resolution.yes} yes, {resolution.no} no, {resolution.abstain} abstentions"
    return Finding(
        verdict,
        on,
        "-".join(map(str, actual)),
        words,
        (resolution.source_id,),
        treaty_link(claim.treaty, on),
    )


def state_vote(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    link = state_link(claim.subject, on)
    if claim.detail.startswith(("L.", "first_committee")):
        return Finding(
            NOT_IN_RECORD,
            on,
            None,
            "a First Committee draft: the record holds the plenary votes",
            (),
            link,
        )
    symbol = claim.detail
    if symbol.startswith(
        "year-"
    ):  # "In December 2023 ... the resolution": that year's, on that treaty
        year = int(symbol.removeprefix("year-"))
        symbol = next(
            (r.symbol for r in snapshot.resolutions if r.year == year and r.treaty == claim.treaty),
            symbol,
        )
    resolution = next((r for r in snapshot.resolutions if r.symbol == symbol), None)
    if resolution and resolution.adopted_on and resolution.adopted_on > on:
        return Finding(
            NOT_IN_RECORD,
            on,
            None,
            f"{symbol} was voted on {resolution.adopted_on.isoformat()}, after {on.isoformat()}",
            (),
            link,
        )
    recorded = snapshot.votes.get((symbol, claim.subject))
    if recorded is None:
        return Finding(
            NOT_IN_RECORD,
            on,
            None,
            f"no vote of {claim.subject} on {claim.detail} in the record",
            (),
            link,
        )
    vote, source = recorded
    verdict = SUPPORTED if vote == claim.value else CONTRADICTED
    return Finding(verdict, on, vote, f"{claim.subject} on {symbol}: {vote}", (source,), link)
