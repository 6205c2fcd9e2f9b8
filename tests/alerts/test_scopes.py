"""A subscription follows one scope: a state's profile, a campaign's asks, or (neither) every
change to the record. The database holds the rules, so they hold against any writer."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from treatywatch.alerts.models import Subscription
from treatywatch.alerts.publishing import revisions_published
from treatywatch.alerts.tokens import unsubscribe_token

pytestmark = pytest.mark.django_db

CAMPAIGN = "uscbl-2022-biden-letter"


def refused(**fields) -> bool:
    try:
        with transaction.atomic():
            Subscription.objects.create(**fields)
    except IntegrityError:
        return True
    return False


def test_a_subscription_follows_a_profile_or_a_campaign_never_both():
    assert refused(email="reader@example.org", state_id="USA", campaign_id=CAMPAIGN)


@pytest.mark.parametrize(
    "first, second, allowed",
    [
        ({"campaign_id": CAMPAIGN}, {"campaign_id": CAMPAIGN}, False),
        ({"campaign_id": CAMPAIGN}, {"campaign_id": "uscbl-2014-obama-go-further"}, True),
        ({"campaign_id": CAMPAIGN}, {}, True),
        ({"campaign_id": CAMPAIGN}, {"state_id": "USA"}, True),
        ({}, {}, False),
    ],
)
def test_an_address_has_one_active_subscription_per_scope(first, second, allowed):
    Subscription.objects.create(email="reader@example.org", **first)
    assert refused(email="READER@example.org", **second) is not allowed


def test_a_cancelled_campaign_subscription_leaves_room_for_a_new_one():
    Subscription.objects.create(
        email="reader@example.org", campaign_id=CAMPAIGN, unsubscribed_at=timezone.now()
    )
    assert not refused(email="reader@example.org", campaign_id=CAMPAIGN)


def test_a_campaign_subscription_is_told_in_words_which_campaign():
    subscription = Subscription.objects.create(email="reader@example.org", campaign_id=CAMPAIGN)
    assert subscription.followed == (
        "changes to the campaign The eight asks of the 2022 letter to President Biden"
    )


def test_a_campaign_follower_gets_no_alert_of_profile_changes(subscribed, publish):
    Subscription.objects.create(
        email="reader@example.org", campaign_id=CAMPAIGN, confirmed_at=timezone.now()
    )
    assert revisions_published(publish("USA", None)) == 0


def test_a_profile_subscriptions_unsubscribe_token_is_refused_by_the_campaign_pages(
    client, subscribed
):
    token = unsubscribe_token(subscribed("reader@example.org", "USA"))
    assert client.post(f"/follow/unsubscribe/{token}/").status_code == 400
    assert Subscription.objects.get().unsubscribed_at is None
