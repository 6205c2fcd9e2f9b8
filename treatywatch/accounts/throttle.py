"""Limits per client on actions worth abusing (send feedback, subscribe). Logging in is
throttled by django-axes (settings.py), which reads the address from `client_address` too."""

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from treatywatch.accounts.models import Attempt


@dataclass(frozen=True)
class Throttle:
    scope: str
    limit: int
    period: timedelta

    def allow(self, *who: str) -> bool:
        """Count an attempt by `who` (e.g. an address); False once the limit is reached."""
        key, now = _hash(who), timezone.now()
        Attempt.objects.filter(scope=self.scope, at__lt=now - self.period).delete()
        if Attempt.objects.filter(scope=self.scope, key=key).count() >= self.limit:
            return False
        Attempt.objects.create(scope=self.scope, key=key, at=now)
        return True

    def forget(self, *who: str) -> None:
        """Clear the count, e.g. after a successful login."""
        Attempt.objects.filter(scope=self.scope, key=_hash(who)).delete()

    @property
    def retry_after_seconds(self) -> int:
        return int(self.period.total_seconds())


def client_address(request) -> str:
    # REMOTE_ADDR only: a forwarded header is trivially forged unless a proxy we trust sets it.
    return request.META.get("REMOTE_ADDR", "unknown")


def _hash(parts: tuple[str, ...]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
