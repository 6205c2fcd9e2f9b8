"""`/reports/feed.atom`: one entry per annual report, newest first. A past year's report is
dated 31 December of its year; the current year's changes with the record, so it is dated
by the record's latest change."""

from datetime import UTC, date, datetime, time

from django.contrib.syndication.views import Feed
from django.db.models import Max
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from treatywatch.profiles.date_words import day_words
from treatywatch.record.models import Revision
from treatywatch.record.treaty_records import treaty_record
from treatywatch.reports.years import report_date, report_years
from treatywatch.treaties import TREATIES


class ReportsFeed(Feed):
    feed_type = Atom1Feed
    title = "TreatyWatch: annual reports"
    subtitle = "An annual report per year on the Mine Ban Treaty and the Convention on Cluster Munitions, computed from the record."
    link = "/reports/"

    def items(self):
        today = date.today()
        return [(year, report_date(year, today)) for year in reversed(report_years(today))]

    def item_title(self, item):
        return f"Annual report {item[0]}"

    def item_description(self, item):
        year, day = item
        counts = "; ".join(_parties(code, day) for code in TREATIES)
        return f"The year {year}, as the record stands for {day_words(day)}. {counts}."

    def item_link(self, item):
        return reverse("reports:page", args=[item[0]])

    def item_updateddate(self, item):
        year, day = item
        if day.year == date.today().year:
            latest = Revision.objects.aggregate(latest=Max("published_at"))["latest"]
            return latest or datetime.combine(day, time(), UTC)
        return datetime.combine(day, time(23, 59), UTC)

    item_pubdate = item_updateddate


def _parties(code: str, day: date) -> str:
    record = treaty_record(code)
    if record.treaty.opened_for_signature > day:
        return f"{record.treaty.short_name}: not yet open for signature"
    return f"{record.treaty.short_name}: {record.counts_on(day).parties} States Parties"


reports_feed = ReportsFeed()
