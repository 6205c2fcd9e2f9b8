"""Every follow of a campaign becomes a Subscription with the campaign as its scope, with the
times it was made, confirmed and cancelled: nobody has to confirm again, and nobody who left
is written to. campaigns.0002 then deletes CampaignFollow."""

from django.db import migrations


def copy_follows(apps, schema_editor):
    follows = apps.get_model("campaigns", "CampaignFollow").objects.all()
    _copy(follows, apps.get_model("alerts", "Subscription"))


def copy_back(apps, schema_editor):
    subscriptions = apps.get_model("alerts", "Subscription").objects.filter(campaign__isnull=False)
    _copy(subscriptions, apps.get_model("campaigns", "CampaignFollow"))
    subscriptions.delete()


def _copy(rows, to_model):
    for row in rows.order_by("pk"):
        copy = to_model.objects.create(
            email=row.email,
            campaign_id=row.campaign_id,
            confirmed_at=row.confirmed_at,
            unsubscribed_at=row.unsubscribed_at,
        )
        # created_at is auto_now_add: set on create, so the original time is written after.
        to_model.objects.filter(pk=copy.pk).update(created_at=row.created_at)


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0002_subscription_campaign_scope"),
        ("campaigns", "0001_initial"),
    ]

    operations = [migrations.RunPython(copy_follows, copy_back)]
