"""The status of each ask last announced to a campaign's followers (who are alerts
Subscriptions with the campaign as their scope)."""

from django.db import models


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
