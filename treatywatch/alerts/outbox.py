"""Queueing an email: a row in the caller's transaction, sent later by `treatywatch send-alerts`.

Any app may call `queue_email` (the feedback app emails editors with it). Nothing here talks
to an SMTP server, so queueing never fails because one is down, and a transaction that rolls
back takes its emails with it.
"""

import uuid

from django.db import IntegrityError, transaction

from treatywatch.alerts.config import mail_domain
from treatywatch.alerts.models import OutboxMessage


def queue_email(to, subject, body, *, headers=None, dedupe_key=None) -> OutboxMessage:
    """Queue one plain-text email to one address. With a `dedupe_key` already queued, the
    message queued then is returned and nothing new is written."""
    _refuse_header_injection({"To": to, **(headers or {})})
    if dedupe_key is not None:
        queued = OutboxMessage.objects.filter(dedupe_key=dedupe_key).first()
        if queued is not None:
            return queued
    message = OutboxMessage(
        to=to,
        subject=" ".join(subject.split()),
        body=body,
        headers=dict(headers or {}),
        dedupe_key=dedupe_key,
        message_id=_message_id(),
    )
    return _insert(message)


def _message_id() -> str:
    # Short enough that the header is never folded onto a second line.
    return f"<{uuid.uuid4().hex}@{mail_domain()}>"


def _insert(message: OutboxMessage) -> OutboxMessage:
    # A savepoint: a concurrent insert of the same key must not break the caller's transaction.
    try:
        with transaction.atomic():
            message.save()
        return message
    except IntegrityError:
        if message.dedupe_key is None:
            raise
        return OutboxMessage.objects.get(dedupe_key=message.dedupe_key)


def _refuse_header_injection(values: dict) -> None:
    # A line break in a header would let whoever wrote the value add headers or recipients.
    for name, value in values.items():
        if "\r" in str(value) or "\n" in str(value):
            raise ValueError(f"the {name} header may not contain a line break: {value!r}")
