"""The press room's Atom feed: the newest publications first."""

from datetime import UTC, datetime, time

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from treatywatch.record.models import Publication

ENTRIES_SHOWN = 50


class PublicationsFeed(Feed):
    feed_type = Atom1Feed
    title = "TreatyWatch: publications"
    subtitle = "Letters, press releases, statements, reports and briefings on the bans, with their claims checked against the record."
    link = "/publications/"

    def items(self):
        return Publication.objects.all()[:ENTRIES_SHOWN]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_author_name(self, item):
        return item.authors

    def item_pubdate(self, item):
        return datetime.combine(item.date, time(), tzinfo=UTC)

    item_updateddate = item_pubdate


publications_feed = PublicationsFeed()
