"""Rendering a Django template to PDF with WeasyPrint.

Stylesheets and images come from the site's static files (static_fetcher.py); fonts from
the system's fontconfig (Debian: fonts-dejavu-core, fonts-liberation). WeasyPrint is
imported on first use: it needs Pango, and the rest of the site runs without it.
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

PDF_MIME_TYPE = "application/pdf"


def render_pdf(template_name: str, context: dict, base_url: str, request=None) -> bytes:
    """The PDF of `template_name` rendered with `context`. `base_url`: the address the
    page stands for, against which its relative links are made absolute."""
    html = render_to_string(template_name, context, request=request)
    return html_to_pdf(html, base_url)


def html_to_pdf(html: str, base_url: str, stylesheets: tuple[str, ...] = ()) -> bytes:
    """The PDF of a page's HTML; `stylesheets`: static files laid over the page's own styles
    (a print layout the page does not link)."""
    from weasyprint import CSS, HTML

    from treatywatch.printing.static_fetcher import StaticFilesFetcher

    fetcher = StaticFilesFetcher()
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    fonts = _font_configuration()
    extra = [CSS(filename=finders.find(name), font_config=fonts) for name in stylesheets]
    return document.write_pdf(stylesheets=extra, font_config=fonts)


@cache
def _font_configuration():
    # Made once, on first use: it reads the system's font list.
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()
