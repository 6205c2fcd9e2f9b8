"""The report as a PDF: the same HTML the site serves, laid out for print by the shared
printing module (treatywatch/printing) with the report's own print styles."""

from pathlib import Path

from django.contrib.staticfiles import finders

from treatywatch.printing.pdf import html_to_pdf as page_to_pdf

# The site's own styles (the map's and the statuses' colours), then the page layout for print.
STYLESHEETS = (
    "site/treatywatch.css",
    "site/global.css",
    "reports/report.css",
    "reports/print.css",
)


def html_to_pdf(html: str, base_url: str) -> bytes:
    """The PDF of the report's HTML; `base_url` resolves its relative links."""
    return page_to_pdf(html, base_url, STYLESHEETS)


def print_css() -> str:
    """The same styles as one text, for a report saved as a single HTML file."""
    return "\n".join(Path(finders.find(name)).read_text(encoding="utf-8") for name in STYLESHEETS)
