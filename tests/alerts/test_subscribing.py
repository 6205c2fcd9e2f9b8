import re
import time
from datetime import timedelta

import pytest
from django.core import signing
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone

from treatywatch.alerts.models import OutboxMessage, Subscription
from treatywatch.alerts.tokens import CONFIRM_SALT, UNSUBSCRIBE_SALT

pytestmark = pytest.mark.django_db

CONFIRM_LINK = re.compile(r"https://treatywatch\.example(/alerts/confirm/[^/\s]+/)")


def subscribe(client, address="reader@example.org", state="usa", **extra):
    return client.post(
        "/alerts/subscribe/", {"email": address, "state": state, "website": "", **extra}
    )


def confirmation_link(message: OutboxMessage) -> str:
    return CONFIRM_LINK.search(message.body).group(1)


def test_the_subscribe_page_offers_the_state_it_was_opened_for(client):
    response = client.get("/alerts/subscribe/?state=USA")
    assert response.status_code == 200
    assert re.search(
        rb'<option value="usa" selected>the profile of United States</option>', response.content
    )


def test_subscribing_stores_an_unconfirmed_subscription_and_queues_a_confirmation(
    client, alert_env
):
    response = subscribe(client, address=" Reader@Example.ORG ")
    assert response.status_code == 302 and response["Location"] == "/alerts/subscribe/sent/"
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.state_id, subscription.confirmed_at) == (
        "reader@example.org",
        "USA",
        None,
    )
    [message] = OutboxMessage.objects.all()
    assert message.to == "reader@example.org"
    assert message.subject == "TreatyWatch: confirm your alerts for United States"
    assert "changes to the profile of United States" in message.body


def test_subscribing_to_every_change_has_no_state(client, alert_env):
    subscribe(client, state="all")
    assert Subscription.objects.get().state is None
    assert (
        OutboxMessage.objects.get().subject == "TreatyWatch: confirm your alerts for every change"
    )


def test_the_link_in_the_confirmation_email_confirms_the_subscription(client, alert_env):
    subscribe(client)
    response = client.get(confirmation_link(OutboxMessage.objects.get()))
    assert response.status_code == 200 and b"Alerts confirmed" in response.content
    assert Subscription.objects.get().confirmed_at is not None


def test_confirming_twice_is_harmless_and_keeps_the_first_confirmation_time(client, alert_env):
    subscribe(client)
    link = confirmation_link(OutboxMessage.objects.get())
    client.get(link)
    first = Subscription.objects.get().confirmed_at
    assert client.get(link).status_code == 200
    assert Subscription.objects.get().confirmed_at == first


def test_an_address_already_subscribed_sees_the_same_page_and_gets_no_second_subscription(
    client, alert_env
):
    first = subscribe(client)
    client.get(confirmation_link(OutboxMessage.objects.get()))
    again = subscribe(client)
    assert (again.status_code, again["Location"]) == (first.status_code, first["Location"])
    assert Subscription.objects.count() == 1
    assert OutboxMessage.objects.count() == 1  # confirmed already: nothing to ask


def test_asking_again_before_confirming_resends_the_link_for_the_same_subscription(
    client, alert_env
):
    subscribe(client)
    subscribe(client)
    assert Subscription.objects.count() == 1
    assert OutboxMessage.objects.count() == 2


def test_one_address_gets_at_most_three_confirmation_emails_a_day(client, alert_env):
    for state in ("usa", "fin", "nor", "civ", "tur"):
        assert subscribe(client, state=state).status_code == 302
    assert Subscription.objects.count() == 5
    assert OutboxMessage.objects.count() == 3


def from_another_client(number: int) -> Client:
    # The limit per client address (5 an hour) is not what these tests are about.
    return Client(REMOTE_ADDR=f"192.0.2.{number + 1}")


@pytest.mark.parametrize(
    "spellings",
    [
        ['"victim3"@example.test', "victim3@example.test", '"VICTIM3"@Example.Test'] * 2,
        [f"victim4+{tag}@example.test" for tag in range(8)],
    ],
)
def test_the_daily_limit_counts_every_spelling_of_a_mailbox_as_one_address(alert_env, spellings):
    for number, address in enumerate(spellings):
        subscribe(from_another_client(number), address=address, state="all")
    assert OutboxMessage.objects.count() == 3


def test_a_forged_confirmation_link_is_refused_with_400_and_a_clear_message(client, alert_env):
    subscribe(client)
    link = confirmation_link(OutboxMessage.objects.get())
    response = client.get(link[:-3] + "x/")
    assert response.status_code == 400
    assert b"This link is not valid" in response.content
    assert Subscription.objects.get().confirmed_at is None


def token_made_days_ago(subscription, days: int, salt=CONFIRM_SALT) -> str:
    class SignerOfThePast(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time() - timedelta(days=days).total_seconds()))

    return SignerOfThePast(salt=salt).sign_object(subscription.pk)


def test_a_confirmation_link_still_works_after_six_days(client, alert_env):
    subscribe(client)
    response = client.get(f"/alerts/confirm/{token_made_days_ago(Subscription.objects.get(), 6)}/")
    assert response.status_code == 200


def test_an_expired_confirmation_link_is_refused_with_400(client, alert_env):
    subscribe(client)
    response = client.get(f"/alerts/confirm/{token_made_days_ago(Subscription.objects.get(), 8)}/")
    assert response.status_code == 400 and b"This link has expired" in response.content
    assert Subscription.objects.get().confirmed_at is None


def test_an_unsubscribe_token_does_not_confirm(client, alert_env):
    subscribe(client)
    token = signing.dumps(Subscription.objects.get().pk, salt=UNSUBSCRIBE_SALT)
    assert client.get(f"/alerts/confirm/{token}/").status_code == 400
    assert Subscription.objects.get().confirmed_at is None


def test_a_cancelled_subscription_cannot_be_confirmed_again_by_its_old_link(client, alert_env):
    subscribe(client)
    link = confirmation_link(OutboxMessage.objects.get())
    Subscription.objects.update(unsubscribed_at=timezone.now())
    response = client.get(link)
    assert response.status_code == 400 and b"was cancelled" in response.content
    assert Subscription.objects.get().confirmed_at is None


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, alert_env):
    response = subscribe(client, website="http://spam.example")
    assert response.status_code == 302 and response["Location"] == "/alerts/subscribe/sent/"
    assert not Subscription.objects.exists() and not OutboxMessage.objects.exists()


def test_the_sixth_subscription_from_one_address_in_an_hour_is_refused_with_429(client, alert_env):
    for number in range(5):
        assert subscribe(client, address=f"reader{number}@example.org").status_code == 302
    response = subscribe(client, address="reader5@example.org")
    assert (
        response.status_code == 429
        and b"too many subscription requests" in response.content.lower()
    )
    assert b"wait 60 minutes" in response.content and response["Retry-After"] == "3600"
    assert Subscription.objects.count() == 5


def test_another_client_address_is_not_held_back_by_the_limit(client, alert_env):
    for number in range(6):
        subscribe(client, address=f"reader{number}@example.org")
    assert (
        subscribe(Client(REMOTE_ADDR="192.0.2.7"), address="other@example.org").status_code == 302
    )


def test_a_malformed_address_shows_the_form_again_with_400(client, alert_env):
    response = subscribe(client, address="not an address")
    assert response.status_code == 400 and b"Enter a valid email address" in response.content
    assert not Subscription.objects.exists()


def test_an_unknown_state_is_refused_with_400(client, alert_env):
    assert subscribe(client, state="xyz").status_code == 400
    assert not Subscription.objects.exists()


def test_the_subscribe_form_is_protected_against_csrf(alert_env):
    response = subscribe(Client(enforce_csrf_checks=True))
    assert response.status_code == 403
    assert not Subscription.objects.exists()


def test_the_subscribe_form_posted_with_its_csrf_token_is_accepted(alert_env):
    browser = Client(enforce_csrf_checks=True)
    page = browser.get("/alerts/subscribe/?state=usa")
    token = (
        re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.content).group(1).decode()
    )
    assert subscribe(browser, csrfmiddlewaretoken=token).status_code == 302


def test_the_profile_include_names_the_profile_and_carries_nothing_per_visitor(db):
    from treatywatch.record.models import State

    html = render_to_string("alerts/subscribe_form.html", {"state": State.objects.get(iso3="USA")})
    assert "Notify me when this profile changes" in html and 'value="usa"' in html
    assert "csrfmiddlewaretoken" not in html  # a profile is cached whole: no token may be baked in


def test_the_home_page_include_offers_every_change():
    html = render_to_string("alerts/subscribe_form.html", {"state": None})
    assert "Notify me of every change" in html and 'value="all"' in html
