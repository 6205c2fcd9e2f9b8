"""Who follows a campaign, and the status of each ask last announced to them."""

from django.db import models
from django.db.models.functions import Lower


class CampaignFollowQuerySet(models.QuerySet):
    def receiving(self):
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


class CampaignFollow(models.Model):
    email = models.EmailField(max_length=254, help_text="kept in lower case")
    campaign = models.ForeignKey(
        "record.Campaign", on_delete=models.CASCADE, related_name="followers"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    objects = CampaignFollowQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "campaign",
                condition=models.Q(unsubscribed_at__isnull=True),
                name="one_active_follow_per_campaign",
            )
        ]


class AskStatus(models.Model):
    """An ask's status as last computed after a publication: a change from it is news."""

    campaign = models.ForeignKey("record.Campaign", on_delete=models.CASCADE, related_name="+")
    number = models.PositiveSmallIntegerField()
    iso3 = models.CharField(max_length=3)
    status = models.CharField(max_length=16)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["campaign", "number", "iso3"], name="one_ask_status")
        ]
