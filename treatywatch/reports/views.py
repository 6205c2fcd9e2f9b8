"""`/reports/`, `/reports/<year>/` and `/reports/<year>.pdf`: the annual reports, each
computed from the record as of 31 December of its year (today for the current year), or
as of `?as_of=` within that year."""

from datetime import date
from functools import partial, wraps

from django.core.exceptions import BadRequest
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from treatywatch.reports.document import report_context
from treatywatch.reports.pdf import html_to_pdf
from treatywatch.reports.years import (
    ReportRefused,
    check_as_of,
    check_year,
    report_date,
    report_years,
)
from treatywatch.site.serving.page_cache import cached_page
from treatywatch.site.views.errors import error_page


def index(request):
    today = date.today()
    years = [(year, report_date(year, today)) for year in reversed(report_years(today))]
    return render(request, "reports/index.html", {"years": years})


def _of_a_year(view):
    """Calls `view(request, year, as_of)` for a year that has a report; else the 404 page,
    saying which years have one."""

    @wraps(view)
    def answer(request, year: int):
        try:
            check_year(year, date.today())
        except ReportRefused as refused:
            message = f"{str(refused).capitalize()}."
            return error_page(request, 404, "No such report", message)
        return view(request, year, _as_of(request, year))

    return answer


@_of_a_year
def page(request, year: int, as_of: date):
    render_page = partial(_html, request, year, as_of, "reports/report.html")
    return cached_page(request, render_page, as_of)


@_of_a_year
def pdf(request, year: int, as_of: date):
    html = _html(request, year, as_of, "reports/report_print.html")
    content = html_to_pdf(html, request.build_absolute_uri("/"))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="treatywatch-report-{year}.pdf"'
    return response


def _html(request, year: int, as_of: date, template: str) -> str:
    return render_to_string(template, report_context(year, as_of), request=request)


def _as_of(request, year: int) -> date:
    """The day asked for with ?as_of=, which must fall in the year; else the report's own."""
    if not request.GET.get("as_of", "").strip():
        return report_date(year, date.today())
    try:
        return check_as_of(year, request.as_of)
    except ReportRefused as refused:
        raise BadRequest(str(refused)) from None
