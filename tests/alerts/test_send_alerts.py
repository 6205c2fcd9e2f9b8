"""`treatywatch send-alerts` in this process, against a real SMTP server on loopback."""

import re
import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from treatywatch.alerts.models import OutboxMessage, Subscription
from treatywatch.alerts.outbox import queue_email
from treatywatch.alerts.publishing import revisions_published

pytestmark = pytest.mark.django_db

UNSUBSCRIBE_PATH = re.compile(r"https://treatywatch\.example(/alerts/unsubscribe/[^/\s]+/)")


def queue(count: int, prefix="reader") -> list[OutboxMessage]:
    return [
        queue_email(f"{prefix}{n}@example.org", f"Message {n}", f"Body {n}") for n in range(count)
    ]


def test_a_subscriber_confirms_by_the_link_delivered_over_smtp(client, smtp, send_alerts):
    client.post(
        "/alerts/subscribe/", {"email": "reader@example.org", "state": "usa", "website": ""}
    )
    assert send_alerts() == (0, "sent 1, refused for good 0\n")
    [message] = smtp.inbox.accepted
    assert message["Subject"] == "TreatyWatch: confirm your alerts for United States"
    assert (message["From"], message["To"]) == (
        "TreatyWatch <alerts@treatywatch.example>",
        "reader@example.org",
    )
    assert smtp.inbox.envelopes == [("alerts@treatywatch.example", ["reader@example.org"])]
    path = re.search(
        r"https://treatywatch\.example(/alerts/confirm/\S+/)", message.get_content()
    ).group(1)
    assert client.get(path).status_code == 200
    assert Subscription.objects.get().confirmed_at is not None


def test_nothing_reaches_an_unconfirmed_subscriber(client, smtp, send_alerts, publish):
    client.post(
        "/alerts/subscribe/", {"email": "reader@example.org", "state": "usa", "website": ""}
    )
    revisions_published(publish("USA"))
    send_alerts()
    assert [m["Subject"] for m in smtp.inbox.accepted] == [
        "TreatyWatch: confirm your alerts for United States"
    ]


def test_a_delivered_alert_carries_the_one_click_unsubscribe_headers_that_work(
    client, smtp, send_alerts, subscribed, publish
):
    subscribed("reader@example.org", "CIV")
    revisions_published(publish("CIV"))
    send_alerts()
    [alert] = smtp.inbox.accepted
    assert alert["Subject"] == "TreatyWatch: Côte d'Ivoire profile updated"
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header_path = UNSUBSCRIBE_PATH.search(alert["List-Unsubscribe"]).group(1)
    assert UNSUBSCRIBE_PATH.search(alert.get_content()).group(1) == header_path
    assert alert["Message-ID"] == OutboxMessage.objects.get().message_id
    client.post(header_path, {"List-Unsubscribe": "One-Click"})
    assert Subscription.objects.get().unsubscribed_at is not None


def test_a_digest_arrives_as_one_email_listing_every_profile(
    smtp, send_alerts, subscribed, publish
):
    subscribed("everything@example.org")
    revisions_published(publish("USA", "FIN", "TUR"))
    send_alerts()
    [digest] = smtp.inbox.accepted
    assert digest["Subject"] == "TreatyWatch: 3 profiles updated"
    body = digest.get_content()
    assert all(
        f"https://treatywatch.example/countries/{code}/" in body for code in ("usa", "fin", "tur")
    )
    assert "Türkiye" in body


def test_sent_messages_are_marked_and_not_sent_again(smtp, send_alerts):
    queue(3)
    send_alerts()
    assert send_alerts() == (0, "")
    assert len(smtp.inbox.accepted) == 3
    assert not OutboxMessage.objects.filter(sent_at__isnull=True).exists()


def test_messages_go_out_in_the_order_they_were_queued(smtp, send_alerts):
    queued = queue(4)
    send_alerts()
    assert [m["Message-ID"] for m in smtp.inbox.accepted] == [m.message_id for m in queued]


def test_with_nothing_queued_the_command_succeeds_without_a_server(stopped_smtp, send_alerts):
    assert send_alerts() == (0, "")


def test_with_the_server_down_messages_stay_queued_and_the_command_fails(stopped_smtp, send_alerts):
    queue(2)
    status, line = send_alerts()
    assert status == 1
    assert line.startswith(f"cannot use the SMTP server 127.0.0.1:{stopped_smtp.port}: ")
    assert line.endswith("; 2 email(s) stay queued")
    assert [(m.sent_at, m.attempts) for m in OutboxMessage.objects.all()] == [(None, 1), (None, 1)]
    assert all("Connection refused" in m.last_error for m in OutboxMessage.objects.all())


def test_when_the_server_returns_the_queued_messages_are_sent_exactly_once(
    stopped_smtp, send_alerts
):
    queued = queue(3)
    assert send_alerts()[0] == 1
    assert send_alerts()[0] == 1
    stopped_smtp.start()
    assert send_alerts()[0] == 0
    assert send_alerts() == (0, "")
    assert stopped_smtp.inbox.count_by_message_id() == {m.message_id: 1 for m in queued}
    assert [m.attempts for m in OutboxMessage.objects.all()] == [2, 2, 2]


def test_a_connection_lost_mid_run_resends_none_already_accepted(smtp, send_alerts):
    queued = queue(5)
    smtp.inbox.trouble[3] = "hang-up"  # the third message: the server vanishes before answering
    status, line = send_alerts()
    assert status == 1 and "lost the connection" in line and line.endswith("3 email(s) stay queued")
    assert len(smtp.inbox.accepted) == 2
    assert send_alerts()[0] == 0
    assert smtp.inbox.count_by_message_id() == {m.message_id: 1 for m in queued}


def test_the_server_stopped_mid_run_leaves_the_rest_queued_for_the_next_run(
    stopped_smtp, send_alerts
):
    # The stop happens inside the server while it holds the third message.
    queued = queue(4)
    stopped_smtp.inbox.trouble[3] = "hold"
    stopped_smtp.start()
    inbox = stopped_smtp.inbox
    stopper = threading.Thread(target=lambda: inbox.holding.wait(30) and stopped_smtp.stop())
    stopper.start()
    status, line = send_alerts()
    assert status == 1 and "lost the connection" in line and line.endswith("2 email(s) stay queued")
    stopper.join(30)
    stopped_smtp.start()
    assert send_alerts()[0] == 0
    assert inbox.count_by_message_id() == {m.message_id: 1 for m in queued}


def test_an_address_refused_for_good_is_not_tried_again_and_does_not_block_the_others(
    smtp, send_alerts
):
    refused = queue_email("refuse@example.org", "Refused", "x")
    fine = queue(2)
    status, _ = send_alerts()
    assert status == 0
    refused.refresh_from_db()
    assert refused.failed_at is not None and refused.sent_at is None and "550" in refused.last_error
    send_alerts()
    assert smtp.inbox.count_by_message_id() == {m.message_id: 1 for m in fine}


def test_an_address_refused_for_now_stays_queued_and_the_command_fails(smtp, send_alerts):
    deferred = queue_email("defer@example.org", "Deferred", "x")
    queue(1)
    status, line = send_alerts()
    assert status == 1 and line == "1 deferred by the server; 1 email(s) stay queued"
    deferred.refresh_from_db()
    assert deferred.failed_at is None and deferred.attempts == 1 and "450" in deferred.last_error
    assert len(smtp.inbox.accepted) == 1


def test_an_unusable_loop_interval_is_a_usage_error():
    with pytest.raises(CommandError) as refused:
        call_command("send-alerts", "--loop", "soon")
    assert refused.value.returncode == 2
