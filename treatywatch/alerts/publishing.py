"""Alerts for a publication: called inside the transaction that publishes the revisions, so
the alerts exist if and only if the revisions do."""

import hashlib

from django.db.models import Q

from treatywatch.alerts.digest import digest
from treatywatch.alerts.links import unsubscribe_headers
from treatywatch.alerts.models import Subscription
from treatywatch.alerts.outbox import queue_email


def revisions_published(updates) -> int:
    """Queue one alert per confirmed subscriber whose scope covers any of `updates` (the
    Revision rows published together); return how many were queued."""
    updates = list(updates)
    if not updates:
        return 0
    queued = 0
    for subscription, followed in _followers(updates):
        _queue_alert(subscription, followed, updates)
        queued += 1
    return queued


def _followers(updates: list):
    """(subscription, the updates it follows), for every subscription that follows any."""
    states = {u.state_id for u in updates if u.state_id}
    subscriptions = list(
        Subscription.objects.receiving()
        .of_the_record()
        .filter(Q(state__isnull=True) | Q(state__in=states))
        .select_related("state")
    )
    # An address that follows every change already hears of this profile: one email, not two.
    everything = {s.email for s in subscriptions if s.state_id is None}
    for subscription in subscriptions:
        if subscription.state_id is None:
            yield subscription, updates
        elif subscription.email not in everything:
            yield subscription, [u for u in updates if u.state_id == subscription.state_id]


def _queue_alert(subscription: Subscription, followed: list, updates: list) -> None:
    letter = digest(subscription, followed)
    headers = {**unsubscribe_headers(subscription), "Auto-Submitted": "auto-generated"}
    queue_email(
        subscription.email,
        letter.subject,
        letter.body,
        headers=headers,
        dedupe_key=_dedupe_key(subscription, updates),
    )


def _dedupe_key(subscription: Subscription, updates: list) -> str:
    # The whole publication, not only the followed part: calling this twice for the same
    # publication, whatever the subscription follows of it, queues nothing new.
    ids = ",".join(str(pk) for pk in sorted(u.pk for u in updates))
    return f"{subscription.alert_key_prefix}{hashlib.sha256(ids.encode()).hexdigest()[:40]}"
