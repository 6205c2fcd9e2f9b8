"""Signed links that confirm or cancel one follow of a campaign, read by alerts/tokens.py's
signed_id as the profile alerts' are; nothing is stored for them."""

from datetime import timedelta

from django.core import signing
from django.urls import reverse

from treatywatch.alerts.config import absolute
from treatywatch.alerts.tokens import BadToken, signed_id
from treatywatch.campaigns.models import CampaignFollow

CONFIRM_SALT = "treatywatch.campaigns.confirm"
UNSUBSCRIBE_SALT = "treatywatch.campaigns.unsubscribe"
CONFIRM_MAX_AGE = timedelta(days=7)


def confirm_url(follow: CampaignFollow) -> str:
    token = signing.dumps(follow.pk, salt=CONFIRM_SALT)
    return absolute(reverse("campaign-follow:confirm", args=[token]))


def unsubscribe_url(follow: CampaignFollow) -> str:
    token = signing.dumps(follow.pk, salt=UNSUBSCRIBE_SALT)
    return absolute(reverse("campaign-follow:unsubscribe", args=[token]))


def follow_to_confirm(token: str) -> CampaignFollow:
    return _follow(token, CONFIRM_SALT, CONFIRM_MAX_AGE)


def follow_to_cancel(token: str) -> CampaignFollow:
    # No expiry: the link in an old alert must still stop the alerts.
    return _follow(token, UNSUBSCRIBE_SALT, None)


def _follow(token: str, salt: str, max_age) -> CampaignFollow:
    pk = signed_id(token, salt, max_age)
    follow = CampaignFollow.objects.select_related("campaign").filter(pk=pk).first()
    if follow is None:
        raise BadToken("This link belongs to a follow that no longer exists.")
    return follow
