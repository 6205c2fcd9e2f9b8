"""Signed links in emails: whoever holds one may confirm or cancel that one subscription, and
nobody can make one without the site's SECRET_KEY. Nothing is stored for them."""

from datetime import timedelta

from django.core import signing

from treatywatch.alerts.models import Subscription

# Different salts: a confirmation link can never be replayed as an unsubscribe link, and back.
CONFIRM_SALT = "treatywatch.alerts.confirm"
UNSUBSCRIBE_SALT = "treatywatch.alerts.unsubscribe"
CONFIRM_MAX_AGE = timedelta(days=7)


class BadToken(Exception):
    """The link is forged, damaged or expired; the message says which, for the reader."""


def confirm_token(subscription: Subscription) -> str:
    return signing.dumps(subscription.pk, salt=CONFIRM_SALT)


def unsubscribe_token(subscription: Subscription) -> str:
    return signing.dumps(subscription.pk, salt=UNSUBSCRIBE_SALT)


def subscription_to_confirm(token: str) -> Subscription:
    return _subscription(token, CONFIRM_SALT, CONFIRM_MAX_AGE)


def subscription_to_cancel(token: str) -> Subscription:
    # No expiry: the link in an alert sent years ago must still stop the alerts.
    return _subscription(token, UNSUBSCRIBE_SALT, None)


def _signed_id(token: str, salt: str, max_age) -> int:
    """The id a link signed with `salt` carries; BadToken, saying what to do, if it is forged,
    cut or older than `max_age` (None: never too old)."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise BadToken(
            "This link has expired: confirmation links work for 7 days. Subscribe again to get a new one."
        ) from None
    except signing.BadSignature:
        raise BadToken(
            "This link is not valid: it may have been cut short when it was copied. Use the whole link from the email."
        ) from None


def _subscription(token: str, salt: str, max_age) -> Subscription:
    pk = _signed_id(token, salt, max_age)
    subscription = Subscription.objects.select_related("state", "campaign").filter(pk=pk).first()
    if subscription is None:
        raise BadToken(
            "This link belongs to a subscription that no longer exists. Subscribe again if you want alerts."
        )
    return subscription
