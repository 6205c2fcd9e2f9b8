"""Subscribing with double opt-in, confirming, unsubscribing. Nothing here tells the caller
whether an address was already subscribed: the pages must not reveal who follows what."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from treatywatch.accounts.throttle import Throttle
from treatywatch.alerts.confirmation import confirmation
from treatywatch.alerts.mailboxes import mailbox
from treatywatch.alerts.models import OutboxMessage, Subscription
from treatywatch.alerts.outbox import queue_email
from treatywatch.alerts.tokens import BadToken

# Per mailbox asked for, whoever asks: a stranger cannot flood someone's inbox with
# confirmation requests by changing addresses, by asking for every state or campaign in
# turn, or by spelling the address another way (mailboxes.py).
CONFIRMATIONS = Throttle("alerts-confirmation", limit=3, period=timedelta(days=1))


def subscribe(email: str, state=None, *, campaign=None) -> None:
    """Ask `email` to confirm alerts about `state`'s profile, or `campaign`'s asks, or (with
    neither) every change to the record."""
    email = email.strip().lower()
    with transaction.atomic():
        subscription = _active_or_new(email, {"state": state, "campaign": campaign})
        # Already confirmed: nothing to ask. Otherwise (re)send the link, within the limit.
        if subscription.confirmed_at is None and CONFIRMATIONS.allow(mailbox(email)):
            _queue_confirmation(subscription)


def _active_or_new(email: str, scope: dict) -> Subscription:
    active = Subscription.objects.active().filter(email=email, **scope)
    try:
        with transaction.atomic():
            return active.first() or Subscription.objects.create(email=email, **scope)
    except IntegrityError:
        # Another request created it a moment ago.
        return active.get()


def _queue_confirmation(subscription: Subscription) -> None:
    letter = confirmation(subscription)
    headers = {"Auto-Submitted": "auto-generated"}
    queue_email(subscription.email, letter.subject, letter.body, headers=headers)


def confirm(subscription: Subscription) -> Subscription:
    """Start the alerts. Confirming twice is harmless; a cancelled subscription stays cancelled."""
    if subscription.unsubscribed_at is not None:
        raise BadToken(
            "This subscription was cancelled, so the link no longer works. Subscribe again if you want alerts."
        )
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return subscription


def unsubscribe(subscription: Subscription) -> Subscription:
    """Stop the alerts, including any queued and not yet sent. Unsubscribing twice is harmless."""
    with transaction.atomic():
        if subscription.unsubscribed_at is None:
            subscription.unsubscribed_at = timezone.now()
            subscription.save(update_fields=["unsubscribed_at"])
        OutboxMessage.objects.pending().filter(
            dedupe_key__startswith=subscription.alert_key_prefix
        ).delete()
    return subscription
