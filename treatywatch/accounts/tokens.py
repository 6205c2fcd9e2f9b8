"""API tokens: shown once when made, then kept only as a hash."""

import hashlib
import secrets

from django.utils import timezone

from treatywatch.accounts.models import ApiToken

_PREFIX = "tw_"


def create_token(user) -> str:
    key = _PREFIX + secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, key_hash=_digest(key), prefix=key[:10])
    return key


def user_for_token(key: str):
    """The active user the token belongs to, or None."""
    if not key.startswith(_PREFIX) or len(key) > 100:
        return None
    token = ApiToken.objects.select_related("user__account").filter(key_hash=_digest(key)).first()
    if token is None or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()
