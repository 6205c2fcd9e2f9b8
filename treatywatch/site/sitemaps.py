"""The sitemap (/sitemap.xml, sitemaps.org protocol 0.9), served by django.contrib.sitemaps:
every public page, dated by the latest change to the record it shows. A profile shows its
own state's record; the other pages show every state, so they change with any update.
Nothing is dated while nothing has been published. tests/site/test_sitemap.py checks these
sections list every page site/urls.py has (site/publishing/addresses.py)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils.functional import cached_property

from treatywatch.record.models import Campaign, Publication, Revision, State
from treatywatch.treaties import TREATIES


class RecordSitemap(Sitemap):
    """Pages dated by the latest change to the whole record."""

    @cached_property
    def latest_update(self):
        return Revision.objects.aggregate(latest=Max("published_at"))["latest"]

    def lastmod(self, item):
        return self.latest_update


class PageSitemap(RecordSitemap):
    """The pages that show every state: home, the list of countries, each treaty, search,
    the downloads and the record's coverage."""

    def items(self):
        return [
            ("site:home", []),
            ("site:countries", []),
            *(("site:treaty", [code]) for code in TREATIES),
            ("site:search", []),
            ("site:downloads", []),
            ("coverage:page", []),
            ("publications:index", []),
            ("campaigns:index", []),
        ]

    def location(self, item):
        name, args = item
        return reverse(name, args=args)


class ProfileSitemap(RecordSitemap):
    """Every state's profile, dated by its own state's latest change."""

    def items(self):
        latest = Max("revisions__published_at")
        return State.objects.annotate(own_latest=latest).order_by("iso3")

    def lastmod(self, state):
        return state.own_latest or self.latest_update


class HistorySitemap(RecordSitemap):
    """Every profile's history."""

    def items(self):
        return State.objects.order_by("iso3").values_list("iso3", flat=True)

    def location(self, iso3):
        return reverse("site:country-history", args=[iso3.lower()])


class PublicationSitemap(RecordSitemap):
    """Every publication's page: its claims are re-checked whenever the record changes."""

    def items(self):
        return Publication.objects.order_by("id")


class CampaignSitemap(RecordSitemap):
    """Every campaign's page: its asks are judged on the record as it changes."""

    def items(self):
        return Campaign.objects.order_by("id")


SITEMAPS = {
    "pages": PageSitemap,
    "profiles": ProfileSitemap,
    "histories": HistorySitemap,
    "publications": PublicationSitemap,
    "campaigns": CampaignSitemap,
}
