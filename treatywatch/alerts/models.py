"""Who asked to be told of changes (to a profile, to a campaign's asks, to anything), and
every email the site has to send.

The outbox is the only way mail leaves the site: a row is written in the same transaction
as whatever caused it (a published revision, a subscription), and `treatywatch send-alerts`
delivers it later. A rolled-back revision therefore alerts nobody, and an SMTP server that is
down loses nothing.
"""

from django.db import models
from django.db.models.functions import Coalesce, Lower


class SubscriptionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(unsubscribed_at__isnull=True)

    def receiving(self):
        """Those that may be sent alerts: confirmed by the owner of the address, not cancelled."""
        return self.active().filter(confirmed_at__isnull=False)

    def of_the_record(self):
        """Those that follow a profile or every change; a campaign's hear only of its asks."""
        return self.filter(campaign__isnull=True)


class Subscription(models.Model):
    email = models.EmailField(max_length=254, help_text="kept in lower case")
    # Deleting a state from the record ends the alerts about its profile, which is gone too.
    state = models.ForeignKey(
        "record.State",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        help_text="the profile followed; empty for a campaign or every change to the record",
    )
    campaign = models.ForeignKey(
        "record.Campaign",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        help_text="the campaign whose asks are followed; empty for a profile or every change",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # NULL never equals NULL in a unique index, hence the Coalesce: without it, one
            # address could hold any number of "every change" subscriptions.
            models.UniqueConstraint(
                Lower("email"),
                Coalesce("state", models.Value("")),
                Coalesce("campaign", models.Value("")),
                condition=models.Q(unsubscribed_at__isnull=True),
                name="one_active_subscription_per_scope",
            ),
            # One scope: a profile, a campaign, or (neither) every change to the record.
            models.CheckConstraint(
                condition=models.Q(state__isnull=True) | models.Q(campaign__isnull=True),
                name="subscription_follows_one_scope",
            ),
        ]

    def __str__(self):
        return f"{self.email} → {self.followed}"

    @property
    def followed(self) -> str:
        """What the subscriber is told of, in words for emails and pages."""
        if self.campaign_id:
            return f"changes to the campaign {self.campaign.title}"
        if self.state_id:
            return f"changes to the profile of {self.state.name}"
        return "every change to the record"

    @property
    def alert_key_prefix(self) -> str:
        """How the dedupe_key of every alert queued for this subscription begins."""
        return f"alert:{self.pk}:"


class OutboxMessageQuerySet(models.QuerySet):
    def pending(self):
        """Still to be sent: neither accepted by the SMTP server nor refused by it for good."""
        return self.filter(sent_at__isnull=True, failed_at__isnull=True)


class OutboxMessage(models.Model):
    to = models.CharField(max_length=254)
    subject = models.CharField(max_length=300)
    body = models.TextField(help_text="plain text")
    headers = models.JSONField(default=dict, blank=True, help_text="extra headers, name -> value")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(
        null=True, blank=True, help_text="when the SMTP server accepted it"
    )
    failed_at = models.DateTimeField(
        null=True, blank=True, help_text="when the SMTP server refused it for good (5xx)"
    )
    attempts = models.PositiveIntegerField(
        default=0, help_text="sending tries that did not end in acceptance"
    )
    last_error = models.TextField(blank=True)
    dedupe_key = models.CharField(
        max_length=200,
        null=True,
        blank=True,
        unique=True,
        help_text="the same key is never queued twice",
    )
    # Fixed when queued, so a message sent twice (see docs/alerts.md) carries the same ID twice.
    message_id = models.CharField(max_length=250, unique=True)

    objects = OutboxMessageQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.subject} → {self.to}"
