import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from treatywatch.alerts.models import OutboxMessage, Subscription
from treatywatch.alerts.outbox import queue_email

pytestmark = pytest.mark.django_db


def test_queueing_writes_an_unsent_message(alert_env):
    message = queue_email(
        "editor@example.org", "New feedback", "Text", headers={"Reply-To": "reader@example.org"}
    )
    stored = OutboxMessage.objects.get()
    assert stored == message
    assert (stored.to, stored.subject, stored.body, stored.headers) == (
        "editor@example.org",
        "New feedback",
        "Text",
        {"Reply-To": "reader@example.org"},
    )
    assert stored.sent_at is None and stored.attempts == 0


def test_a_message_id_is_fixed_when_queued_under_the_senders_domain(alert_env):
    first, second = (
        queue_email("a@example.org", "One", "x"),
        queue_email("a@example.org", "Two", "x"),
    )
    assert (
        first.message_id.endswith("@treatywatch.example>") and first.message_id != second.message_id
    )


def test_the_same_dedupe_key_is_never_queued_twice(alert_env):
    first = queue_email("a@example.org", "One", "x", dedupe_key="feedback:7")
    again = queue_email("a@example.org", "One", "x", dedupe_key="feedback:7")
    assert again.pk == first.pk and OutboxMessage.objects.count() == 1


def test_messages_without_a_dedupe_key_are_all_queued(alert_env):
    queue_email("a@example.org", "One", "x")
    queue_email("a@example.org", "One", "x")
    assert OutboxMessage.objects.count() == 2


def test_the_database_refuses_a_second_row_with_the_same_dedupe_key(alert_env):
    queue_email("a@example.org", "One", "x", dedupe_key="k")
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboxMessage.objects.create(
            to="a@example.org", subject="s", body="b", dedupe_key="k", message_id="<x@y>"
        )


def test_a_line_break_in_a_subject_is_folded_into_a_space(alert_env):
    assert queue_email("a@example.org", "Feedback on\r\nBcc: victim@example.org", "x").subject == (
        "Feedback on Bcc: victim@example.org"
    )


@pytest.mark.parametrize(
    "to, headers",
    [("a@example.org\nBcc: b@example.org", {}), ("a@example.org", {"Reply-To": "x\r\nBcc: b"})],
)
def test_a_line_break_in_an_address_or_header_is_refused(alert_env, to, headers):
    with pytest.raises(ValueError, match="line break"):
        queue_email(to, "Subject", "x", headers=headers)
    assert not OutboxMessage.objects.exists()


def test_one_address_cannot_hold_two_active_subscriptions_to_every_change(db):
    Subscription.objects.create(email="reader@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Subscription.objects.create(email="reader@example.org")


def test_a_cancelled_subscription_does_not_block_a_new_one(db):
    Subscription.objects.create(
        email="reader@example.org", state_id="USA", unsubscribed_at=timezone.now()
    )
    Subscription.objects.create(email="reader@example.org", state_id="USA")
    assert Subscription.objects.count() == 2
