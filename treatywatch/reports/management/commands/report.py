import json
from datetime import date
from pathlib import Path

from django.template.loader import render_to_string

from treatywatch.command_base import TreatyWatchCommand, UsageError, iso_date
from treatywatch.reports.data import report_document
from treatywatch.reports.document import build_report, report_context
from treatywatch.reports.pdf import html_to_pdf, print_css
from treatywatch.reports.years import ReportRefused, check_as_of, check_year, report_date

_TEMPLATE = "reports/report_print.html"
_SUFFIXES = (".pdf", ".html")


class Command(TreatyWatchCommand):
    help = (
        "The annual report of a year (1999 to the current one), computed from the record as "
        "of 31 December of it or today: --out FILE.pdf or FILE.html writes it, else its "
        "figures are printed as JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True, help="1999 to the current year")
        parser.add_argument(
            "--as-of", type=iso_date, default=None, help="YYYY-MM-DD within the year"
        )
        parser.add_argument("--out", type=Path, default=None, help="report.pdf or report.html")

    def handle(self, year, as_of, out, **options):
        day = _report_day(year, as_of)
        _check_out(out)
        self.require_loaded_record()
        if out is None:
            self.stdout.write(json.dumps(report_document(build_report(year, day)), indent=2))
            return
        out.write_bytes(_rendered(year, day, out.suffix.lower()))
        self.stdout.write(f"wrote the {year} report as of {day.isoformat()} to {out}")


def _rendered(year: int, day: date, suffix: str) -> bytes:
    context = report_context(year, day)
    if suffix == ".pdf":
        return html_to_pdf(render_to_string(_TEMPLATE, context), "http://localhost/")
    # A single file that shows as it prints: the styles go inside it.
    return _with_styles(render_to_string(_TEMPLATE, context)).encode()


def _with_styles(html: str) -> str:
    # A file saved on its own carries its styles: the site's own stylesheets, trusted text,
    # set into the page here rather than through a template that would have to unescape it.
    return html.replace("</head>", f"<style>{print_css()}</style>\n</head>", 1)


def _report_day(year: int, as_of: date | None) -> date:
    try:
        check_year(year, date.today())
        return check_as_of(year, as_of) if as_of else report_date(year, date.today())
    except ReportRefused as refused:
        raise UsageError(str(refused)) from None


def _check_out(out: Path | None) -> None:
    if out is None:
        return
    if out.suffix.lower() not in _SUFFIXES:
        raise UsageError(f"--out {out}: give a file ending in .pdf or .html")
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
