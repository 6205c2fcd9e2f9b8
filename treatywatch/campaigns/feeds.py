"""A campaign's Atom feed: one entry per change of an ask's status, newest first."""

from datetime import UTC, date, datetime, time

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from treatywatch.campaigns.alerting import STATUS_WORDS
from treatywatch.campaigns.tracking import tracked_asks
from treatywatch.record.models import Campaign


class CampaignFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, campaign_id):
        return get_object_or_404(Campaign, id=campaign_id)

    def title(self, campaign):
        return f"TreatyWatch: {campaign.title}"

    def subtitle(self, campaign):
        return f"Each change of status of the asks of {campaign.asked_by} to {campaign.asked_of}."

    def link(self, campaign):
        return campaign.get_absolute_url()

    def items(self, campaign):
        entries = [
            (tracked.ask, step)
            for tracked in tracked_asks(campaign, date.today())
            for step in tracked.history
        ]
        return sorted(entries, key=lambda entry: entry[1].day, reverse=True)

    def item_title(self, item):
        ask, step = item
        return f"Ask {ask.number} ({ask.state.name}): {STATUS_WORDS[step.status]}"

    def item_description(self, item):
        ask, step = item
        reasons = "; ".join(reason.text for reason in step.judgement.reasons)
        return f"{ask.ask}. {reasons}"

    def item_link(self, item):
        ask, step = item
        return f"{ask.campaign.get_absolute_url()}?as_of={step.day.isoformat()}#ask-{ask.number}-{ask.state_id.lower()}"

    def item_guid(self, item):
        ask, step = item
        return f"campaign:{ask.campaign_id}:{ask.number}:{ask.state_id}:{step.day.isoformat()}:{step.status}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return datetime.combine(item[1].day, time(), tzinfo=UTC)

    item_updateddate = item_pubdate


campaign_feed = CampaignFeed()
