"""People who keep the record, what they may do, and how scripts prove who they are."""

from django.conf import settings
from django.db import models

from treatywatch.accounts.roles import ROLES


class Account(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="account"
    )
    role = models.CharField(max_length=12, choices=[(role, role) for role in ROLES])

    def __str__(self):
        return f"{self.user.username} ({self.role})"


class ApiToken(models.Model):
    """A token for the editorial API. Only a hash is kept: a leaked database leaks no token."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=12, help_text="the first characters, to tell tokens apart")
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.prefix}… ({self.user.username})"


class Attempt(models.Model):
    """One counted attempt at a throttled action (feedback, subscribe). Kept in the
    database so every server process sees the same count."""

    scope = models.CharField(max_length=30)
    key = models.CharField(max_length=64, help_text="a hash of who tried (address, name)")
    at = models.DateTimeField(db_index=True)

    class Meta:
        indexes = [models.Index(fields=["scope", "key", "at"])]
