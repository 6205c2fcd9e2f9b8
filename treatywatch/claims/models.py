"""What the claim checker stores: nothing, unless a user asks for a shareable link. Then the
text and its report, as they were checked, under an unguessable address, and nothing else
(no address, no account, no file)."""

import secrets

from django.db import models
from django.urls import reverse


def new_token() -> str:
    # 32 random bytes: an address nobody finds by guessing, or by counting up.
    return secrets.token_urlsafe(32)


class SharedCheck(models.Model):
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    text = models.TextField()
    report = models.JSONField(help_text="the report as checked (claims/checking.py)")
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"shared check of {self.created:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("claims:shared", args=[self.token])
