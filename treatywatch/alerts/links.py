"""Absolute links in emails, and the headers that let a mail client unsubscribe by itself."""

from django.urls import reverse

from treatywatch.alerts.config import absolute
from treatywatch.alerts.models import Subscription
from treatywatch.alerts.tokens import confirm_token, unsubscribe_token


def confirm_url(subscription: Subscription) -> str:
    return absolute(reverse(_pages(subscription) + ":confirm", args=[confirm_token(subscription)]))


def unsubscribe_url(subscription: Subscription) -> str:
    return absolute(
        reverse(_pages(subscription) + ":unsubscribe", args=[unsubscribe_token(subscription)])
    )


def _pages(subscription: Subscription) -> str:
    # A campaign's followers came through its own follow pages (/follow/) and go back there.
    return "campaign-follow" if subscription.campaign_id else "alerts"


def profile_url(iso3: str | None) -> str:
    # Sources and resolutions belong to no profile: the downloads page holds them (as in the feed).
    if iso3 is None:
        return absolute(reverse("site:downloads"))
    return absolute(reverse("site:country", args=[iso3.lower()]))


def unsubscribe_headers(subscription: Subscription) -> dict[str, str]:
    """RFC 2369 and RFC 8058: a mail client shows an unsubscribe button that POSTs to the link."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(subscription)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
