"""Following a campaign: double opt-in, as for profile alerts (docs/alerts.md)."""

from django.db import transaction
from django.utils import timezone

from treatywatch.alerts.outbox import queue_email
from treatywatch.campaigns.follow_links import confirm_url
from treatywatch.campaigns.models import CampaignFollow


def follow(email: str, campaign) -> CampaignFollow:
    """Record the wish and email a confirmation link; an address already following gets
    nothing new, so the page never tells who follows what."""
    email = email.strip().lower()
    with transaction.atomic():
        existing = CampaignFollow.objects.filter(
            email=email, campaign=campaign, unsubscribed_at__isnull=True
        ).first()
        if existing is not None and existing.confirmed_at is not None:
            return existing
        followed = existing or CampaignFollow.objects.create(email=email, campaign=campaign)
        queue_email(
            email,
            f"TreatyWatch: confirm that you follow {campaign.title}",
            "Someone (we hope you) asked to be told when an ask of the campaign "
            f'"{campaign.title}" changes status.\n\nTo confirm, open:\n{confirm_url(followed)}\n\n'
            "If it was not you, ignore this email: nothing will be sent.\n",
            dedupe_key=f"campaign-confirm:{followed.pk}",
        )
        return followed


def confirm(followed: CampaignFollow) -> CampaignFollow:
    if followed.confirmed_at is None and followed.unsubscribed_at is None:
        followed.confirmed_at = timezone.now()
        followed.save(update_fields=["confirmed_at"])
    return followed


def unfollow(followed: CampaignFollow) -> None:
    if followed.unsubscribed_at is None:
        followed.unsubscribed_at = timezone.now()
        followed.save(update_fields=["unsubscribed_at"])
