"""Atom feeds of the changes to the record: every change, and one state's changes."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from treatywatch.record.models import Revision, State
from treatywatch.site.pages.update_entries import entry, publication_entries

ENTRIES_SHOWN = 50


class UpdatesFeed(Feed):
    feed_type = Atom1Feed
    title = "TreatyWatch: changes to the record"
    subtitle = "Every change to the source-cited record of the Mine Ban Treaty and the Convention on Cluster Munitions."
    link = "/"

    def items(self):
        return publication_entries(Revision.objects.all(), ENTRIES_SHOWN)

    # An Atom title is plain text: the feed writer escapes it once, as it should be.
    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.content_html

    def item_link(self, item):
        return item.path

    def item_guid(self, item):
        return item.guid

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.updated

    def item_updateddate(self, item):
        return item.updated


class CountryFeed(UpdatesFeed):
    def get_object(self, request, iso3):
        return get_object_or_404(State, iso3=iso3.upper())

    def title(self, state):
        return f"TreatyWatch: changes to the record of {state.name}"

    def subtitle(self, state):
        return f"Every change to the record of {state.name}: treaty actions, events, figures, votes and their sources."

    def link(self, state):
        return state.get_absolute_url()

    def items(self, state):
        return [entry(update) for update in state.revisions.all()[:ENTRIES_SHOWN]]


updates_feed = UpdatesFeed()
country_feed = CountryFeed()
