"""What the record says of dated acts: a state's signature, consent, withdrawal or entry into
force, and the treaty's adoption and opening for signature."""

from datetime import date

from treatywatch.claims.claim import Claim
from treatywatch.claims.dates import PartialDate
from treatywatch.claims.page_ref import state_link, treaty_link
from treatywatch.claims.snapshot import Snapshot
from treatywatch.claims.verdict import CONTRADICTED, NOT_IN_RECORD, SUPPORTED, Finding
from treatywatch.treaties import get_treaty


def partial(words: str) -> PartialDate:
    """ "2017-12-13", "2025-03", "1997", or "08-03" (a day and month without a year)."""
    parts = [int(p) for p in words.split("-")]
    if len(parts) == 2 and parts[0] < 100:
        return PartialDate(None, parts[0], parts[1])
    return PartialDate(*(parts + [None] * (3 - len(parts))))


def _days(record, iso3: str, act: str, on: date) -> list[date]:
    """The days of the act the record knows by the date judged on."""
    p = record.participation(iso3)
    if p is None:
        return []
    days = {
        "signature": [p.signed],
        "consent": [p.consented],
        "in_force": [record.in_force_from(iso3)] if p.consented and p.consented <= on else [],
        # A withdrawal is dated by its notice or by its effect: either reading is checked.
        "withdrawal": [p.withdrawal_notified, record.withdrawal_effective(iso3)]
        if p.withdrawal_notified and p.withdrawal_notified <= on
        else [],
    }[act]
    return [d for d in days if d and (act in ("in_force", "withdrawal") or d <= on)]


def state_event(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    record = snapshot.records[claim.treaty]
    days = _days(record, claim.subject, claim.detail, on)
    name = snapshot.states[claim.subject].name
    link = state_link(claim.subject, on)
    sources = snapshot.action_sources.get((claim.treaty, claim.subject), ())
    if not days:
        return Finding(
            NOT_IN_RECORD,
            on,
            None,
            f"the record has no {claim.detail} by {name} by {on.isoformat()}",
            sources,
            link,
        )
    when = partial(claim.value)
    verdict = SUPPORTED if any(when.agrees(d) for d in days) else CONTRADICTED
    words = f"{name}: {claim.detail.replace('_', ' ')} {' / '.join(d.isoformat() for d in days)}"
    return Finding(verdict, on, days[0].isoformat(), words, sources, link)


def treaty_event(claim: Claim, snapshot: Snapshot, on: date) -> Finding:
    treaty = get_treaty(claim.treaty)
    day = getattr(treaty, claim.subject)
    verdict = SUPPORTED if partial(claim.value).agrees(day) else CONTRADICTED
    words = f"{treaty.short_name}: {claim.subject.replace('_', ' ')} on {day.isoformat()}"
    return Finding(
        verdict,
        on,
        day.isoformat(),
        words,
        _depositary(snapshot, treaty),
        treaty_link(claim.treaty, on),
    )


def _depositary(snapshot: Snapshot, treaty) -> tuple[str, ...]:
    """The depositary's status page the record's treaty actions cite."""
    prefix = f"untc-{treaty.depositary_chapter.lower()}"
    cited = {
        s for sources in snapshot.action_sources.values() for s in sources if s.startswith(prefix)
    }
    return tuple(sorted(cited))
