"""The report as a PDF: the same HTML the site serves, laid out for print by WeasyPrint.
One function, so the shared printing module can take it over."""

from pathlib import Path

from django.contrib.staticfiles import finders

# The site's own styles (the map's and the statuses' colours), then the page layout for print.
STYLESHEETS = (
    "site/treatywatch.css",
    "site/global.css",
    "reports/report.css",
    "reports/print.css",
)


def html_to_pdf(html: str, base_url: str) -> bytes:
    """The PDF of a page's HTML; `base_url` resolves its relative links. Images and styles
    are not fetched: the print stylesheet is read from the static files."""
    # Imported here: WeasyPrint loads Pango when imported, and the site's other pages should
    # start without it.
    from weasyprint import CSS, HTML

    stylesheets = [CSS(filename=finders.find(name)) for name in STYLESHEETS]
    return HTML(string=html, base_url=base_url, url_fetcher=_nothing).write_pdf(
        stylesheets=stylesheets
    )


def print_css() -> str:
    """The same styles as one text, for a report saved as a single HTML file."""
    return "\n".join(Path(finders.find(name)).read_text(encoding="utf-8") for name in STYLESHEETS)


def _nothing(url: str, timeout: int = 10, ssl_context=None):
    # The report's charts and map are inline SVG; a PDF never waits on the network.
    raise ValueError(f"not fetched: {url}")
