"""The annual reports in the sitemap: the list of reports, and each year's report. A past
year's report changes only with the record; so does the current year's, which is also
computed for today."""

from datetime import date

from django.urls import reverse

from treatywatch.reports.years import report_years
from treatywatch.site.sitemaps import RecordSitemap


class ReportSitemap(RecordSitemap):
    def items(self):
        return [None, *report_years(date.today())]

    def location(self, year):
        return reverse("reports:index") if year is None else reverse("reports:page", args=[year])
