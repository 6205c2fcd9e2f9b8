"""Signed links that confirm or cancel one follow of a campaign (as alerts/tokens.py does
for profiles); nothing is stored for them."""

from datetime import timedelta

from django.core import signing
from django.urls import reverse

from treatywatch.alerts.config import absolute
from treatywatch.campaigns.models import CampaignFollow

CONFIRM_SALT = "treatywatch.campaigns.confirm"
UNSUBSCRIBE_SALT = "treatywatch.campaigns.unsubscribe"
CONFIRM_MAX_AGE = timedelta(days=7)


class BadLink(Exception):
    """The link is forged, damaged, expired, or its follow is gone."""


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
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise BadLink("This link has expired after 7 days: follow the campaign again.") from None
    except signing.BadSignature:
        raise BadLink("This link is not valid: use the whole link from the email.") from None
    follow = CampaignFollow.objects.select_related("campaign").filter(pk=pk).first()
    if follow is None:
        raise BadLink("This link belongs to a follow that no longer exists.")
    return follow
