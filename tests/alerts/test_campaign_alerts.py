"""Following a campaign: confirmed by a link delivered over SMTP, then an email through the
outbox when a change to the record changes an ask's status. Real SMTP server on loopback."""

import re

import pytest

from treatywatch.alerts.models import OutboxMessage
from treatywatch.record.publishing import publish_changes

pytestmark = pytest.mark.django_db

CAMPAIGN = "hrw-2024-reverse-transfers-join-treaty"
# A made-up policy event of the United States after the ask: enough to change ask 1's status.
NEW_POLICY = {
    "id": "usa-2026-01-15-test-policy",
    "iso3": "USA",
    "date": "2026-01-15",
    "category": "policy",
    "treaty": "mbt",
    "text": "A policy announced after the ask (test).",
    "source_id": "hrw-2024-12-13-qa-us-landmine-transfers",
}
CONFIRM = re.compile(r"https://treatywatch\.example(/follow/confirm/\S+/)")
UNSUBSCRIBE = re.compile(r"https://treatywatch\.example(/follow/unsubscribe/\S+/)")


def follow_and_confirm(client, smtp, send_alerts, address="reader@example.org"):
    client.post(f"/follow/{CAMPAIGN}/", {"email": address})
    assert send_alerts() == (0, "sent 1, refused for good 0\n")
    confirmation = smtp.inbox.to(address)[-1]
    assert client.get(CONFIRM.search(confirmation.get_content()).group(1)).status_code == 200


def publish_new_policy():
    publish_changes([("events.csv", None, NEW_POLICY)], author=None, reviewer=None, comment="t")


def test_a_follower_is_emailed_when_an_ask_changes_status(client, smtp, send_alerts):
    follow_and_confirm(client, smtp, send_alerts)
    publish_new_policy()
    assert send_alerts() == (0, "sent 1, refused for good 0\n")
    alert = smtp.inbox.accepted[-1]
    assert alert["Subject"] == (
        "TreatyWatch: Reverse the transfers and join the Mine Ban Treaty: ask status changed"
    )
    body = alert.get_content()
    assert "Ask 1 (United States): Reverse the decision to transfer antipersonnel mines" in body
    assert "not met -> met" in body
    assert "Decided by: A policy announced after the ask (test)." in body
    assert f"https://treatywatch.example/campaigns/{CAMPAIGN}/" in body


def test_a_change_that_moves_no_ask_emails_nobody(client, smtp, send_alerts):
    follow_and_confirm(client, smtp, send_alerts)
    unrelated = {**NEW_POLICY, "id": "fin-2026-test", "iso3": "FIN"}
    publish_changes([("events.csv", None, unrelated)], author=None, reviewer=None, comment="t")
    assert not OutboxMessage.objects.pending().exists()


def test_an_unconfirmed_follower_hears_nothing(client, smtp, send_alerts):
    client.post(f"/follow/{CAMPAIGN}/", {"email": "unsure@example.org"})
    assert send_alerts() == (0, "sent 1, refused for good 0\n")  # the confirmation only
    publish_new_policy()
    assert not OutboxMessage.objects.pending().exists()


def test_the_unsubscribe_link_in_an_alert_stops_the_alerts(client, smtp, send_alerts):
    follow_and_confirm(client, smtp, send_alerts)
    publish_new_policy()
    send_alerts()
    path = UNSUBSCRIBE.search(smtp.inbox.accepted[-1].get_content()).group(1)
    assert client.get(path).status_code == 200  # a mail scanner's GET changes nothing
    assert client.post(path).status_code == 200
    publish_changes([("events.csv", NEW_POLICY, None)], author=None, reviewer=None, comment="t")
    assert not OutboxMessage.objects.pending().exists()


def test_the_confirmation_email_speaks_of_the_campaign_and_links_to_its_pages(client, alert_env):
    client.post(f"/follow/{CAMPAIGN}/", {"email": "reader@example.org"})
    message = OutboxMessage.objects.get()
    assert message.subject == (
        "TreatyWatch: confirm that you follow Reverse the transfers and join the Mine Ban Treaty"
    )
    assert 'an ask of the campaign "Reverse the transfers' in message.body
    assert CONFIRM.search(message.body)


def test_unsubscribing_drops_a_campaign_alert_not_yet_sent(client, smtp, send_alerts):
    follow_and_confirm(client, smtp, send_alerts)
    publish_new_policy()
    path = UNSUBSCRIBE.search(OutboxMessage.objects.pending().get().body).group(1)
    assert client.post(path).status_code == 200
    assert not OutboxMessage.objects.pending().exists()
