import pytest
from django.test import Client

from treatywatch.alerts.models import OutboxMessage, Subscription
from treatywatch.alerts.publishing import revisions_published
from treatywatch.alerts.tokens import unsubscribe_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscription(subscribed):
    return subscribed("reader@example.org", "USA")


def link(subscription) -> str:
    return f"/alerts/unsubscribe/{unsubscribe_token(subscription)}/"


def test_opening_the_unsubscribe_link_shows_a_button_and_unsubscribes_nobody(client, subscription):
    # Mail scanners open every link in a message: a GET must never cancel anything.
    response = client.get(link(subscription))
    assert response.status_code == 200
    assert b'<button type="submit">Unsubscribe</button>' in response.content
    assert Subscription.objects.get().unsubscribed_at is None


def test_pressing_the_button_unsubscribes(client, subscription):
    response = client.post(link(subscription))
    assert response.status_code == 200 and b"will get no more emails" in response.content
    assert Subscription.objects.get().unsubscribed_at is not None


def test_a_mail_clients_one_click_post_unsubscribes_without_a_csrf_token(subscription):
    # RFC 8058: the client POSTs "List-Unsubscribe=One-Click" to the header's address, no cookie, no token.
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(link(subscription), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Subscription.objects.get().unsubscribed_at is not None


def test_unsubscribing_twice_is_harmless(client, subscription):
    client.post(link(subscription))
    first = Subscription.objects.get().unsubscribed_at
    assert client.post(link(subscription)).status_code == 200
    assert Subscription.objects.get().unsubscribed_at == first


def test_a_forged_unsubscribe_link_is_refused_with_400_and_changes_nothing(client, subscription):
    forged = link(subscription).replace(":", ":x", 1)
    for response in (client.get(forged), client.post(forged)):
        assert response.status_code == 400 and b"This link is not valid" in response.content
    assert Subscription.objects.get().unsubscribed_at is None


def test_an_unsubscribe_link_cancels_only_its_own_subscription(client, subscription, subscribed):
    other = subscribed("other@example.org", "USA")
    client.post(link(subscription))
    assert Subscription.objects.get(pk=other.pk).unsubscribed_at is None


def test_alerts_queued_but_not_yet_sent_are_dropped_on_unsubscribing(
    client, subscription, subscribed, publish
):
    other = subscribed("other@example.org", "USA")
    revisions_published(publish("USA"))
    client.post(link(subscription))
    assert list(OutboxMessage.objects.values_list("to", flat=True)) == [other.email]


def test_after_unsubscribing_no_alert_is_queued(client, subscription, publish):
    client.post(link(subscription))
    assert revisions_published(publish("USA")) == 0
    assert not OutboxMessage.objects.exists()


def test_after_unsubscribing_the_same_address_may_subscribe_again(client, subscription, alert_env):
    client.post(link(subscription))
    client.post(
        "/alerts/subscribe/", {"email": "reader@example.org", "state": "usa", "website": ""}
    )
    assert Subscription.objects.active().get().pk != subscription.pk
