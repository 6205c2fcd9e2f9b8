"""`/countries/<iso3>.pdf`: a state's profile as a PDF, as it stands on `request.as_of`.

The same context as the page (views/profile.py) rendered in the profile template with a
printed layout (site/print/profile_pdf.html) in place of the site's, so whatever the page
shows the PDF shows; cached like the page, under the record's version."""

from dataclasses import replace

from django.conf import settings
from django.urls import reverse

from treatywatch.charts.markup import styled
from treatywatch.printing.pdf import PDF_MIME_TYPE, render_pdf
from treatywatch.printing.static_files import static_file
from treatywatch.profiles.footnotes import Footnotes
from treatywatch.record.treaty_records import treaty_record
from treatywatch.site.pages import overview_parts
from treatywatch.site.queries import record_queries
from treatywatch.site.serving.as_of import as_of_context
from treatywatch.site.serving.page_cache import cached_page
from treatywatch.site.views.profile import check_iso3, profile_context
from treatywatch.treaties import TREATIES

# The chart's rules with their colours written out: WeasyPrint draws it apart from the page.
CHART_CSS = "site/pdf-chart.css"


def pdf(request, iso3):
    if redirect := check_iso3(request, iso3, "site:country-pdf"):
        return redirect
    response = cached_page(request, lambda: _render(request, iso3), content_type=PDF_MIME_TYPE)
    response["Content-Disposition"] = f'inline; filename="treatywatch-{iso3}-{request.as_of}.pdf"'
    return response


def _render(request, iso3: str) -> bytes:
    context = profile_context(request, iso3)
    page_address = reverse("site:country", args=[iso3]) + as_of_context(request)["as_of_suffix"]
    chart, footnotes = _chart(context["profile"], request.as_of)
    context |= {
        "layout": "site/print/profile_pdf.html",
        "profile": replace(context["profile"], footnotes=footnotes),
        "chart": chart,
        "html_address": request.build_absolute_uri(page_address),
    }
    return render_pdf("site/profile.html", context, request.build_absolute_uri(), request)


def _chart(profile, as_of):
    """The parties to both treaties over time, its sources numbered after the profile's."""
    footnotes = Footnotes()
    footnotes.cite(note.citation for note in profile.footnotes)
    states = record_queries.state_summaries()
    records = [treaty_record(code) for code in TREATIES]
    sources = [
        source
        for code in TREATIES
        for source in overview_parts.record_sources(
            record_queries.actions_by_state(code), states, as_of
        )
    ]
    chart = overview_parts.chart_part(records, as_of, list(dict.fromkeys(sources)), footnotes)
    css = static_file(f"{settings.STATIC_URL}{CHART_CSS}").read_text(encoding="utf-8")
    return replace(chart, svg=styled(chart.svg, css)), footnotes.notes
