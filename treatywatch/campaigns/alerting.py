"""Alerts to a campaign's followers (alerts Subscriptions with the campaign as scope): after
every publication each ask is judged as of today; an ask whose status changed since the last
publication is news, queued through the outbox (treatywatch/alerts/outbox.py) in the
publishing transaction."""

import hashlib
from datetime import date

from treatywatch.alerts.config import absolute
from treatywatch.alerts.links import unsubscribe_headers, unsubscribe_url
from treatywatch.alerts.models import Subscription
from treatywatch.alerts.outbox import queue_email
from treatywatch.campaigns.facts import RecordFacts
from treatywatch.campaigns.models import AskStatus
from treatywatch.campaigns.tracking import tracked_asks
from treatywatch.record.models import Campaign

STATUS_WORDS = {
    "met": "met",
    "partly_met": "partly met",
    "not_met": "not met",
    "reversed": "reversed",
    "unknown": "unknown",
    "not_yet_asked": "not yet asked",
}


def announce_status_changes(today: date | None = None) -> int:
    """Judge every ask on `today`; queue one email per follower of each campaign with a
    changed ask. Returns how many emails were queued."""
    today, facts = today or date.today(), RecordFacts()
    queued = 0
    for campaign in Campaign.objects.all():
        changes = _changes(campaign, today, facts)
        if changes:
            queued += _tell_followers(campaign, changes)
    return queued


def _changes(campaign, today: date, facts: RecordFacts) -> list[tuple]:
    known = {(s.number, s.iso3): s for s in AskStatus.objects.filter(campaign=campaign)}
    changes = []
    for tracked in tracked_asks(campaign, today, facts):
        key = (tracked.ask.number, tracked.ask.state_id)
        before = known.get(key)
        if before is None:
            AskStatus.objects.create(
                campaign=campaign, number=key[0], iso3=key[1], status=tracked.status
            )
        elif before.status != tracked.status:
            changes.append((tracked, before.status))
            before.status = tracked.status
            before.save(update_fields=["status", "updated_at"])
    return changes


def _tell_followers(campaign, changes: list[tuple]) -> int:
    body_changes = "\n".join(_change_line(tracked, before) for tracked, before in changes)
    digest = hashlib.sha256(body_changes.encode()).hexdigest()[:32]
    count = 0
    for subscription in Subscription.objects.receiving().filter(campaign=campaign):
        body = (
            f'An ask of the campaign "{campaign.title}" changed status.\n\n{body_changes}\n\n'
            f"{absolute(campaign.get_absolute_url())}\n\n"
            f"To stop these emails: {unsubscribe_url(subscription)}\n"
        )
        queue_email(
            subscription.email,
            f"TreatyWatch: {campaign.title}: ask status changed",
            body,
            headers={**unsubscribe_headers(subscription), "Auto-Submitted": "auto-generated"},
            # Under the subscription's prefix: unsubscribing drops it if not yet sent.
            dedupe_key=f"{subscription.alert_key_prefix}campaign:{digest}",
        )
        count += 1
    return count


def _change_line(tracked, before: str) -> str:
    ask = tracked.ask
    reasons = (
        "; ".join(r.text for r in tracked.current.judgement.reasons) if tracked.current else ""
    )
    return (
        f"- Ask {ask.number} ({ask.state.name}): {ask.ask}\n"
        f"  {STATUS_WORDS[before]} -> {STATUS_WORDS[tracked.status]}"
        + (f"\n  Decided by: {reasons}" if reasons else "")
    )
