"""Rendering a Django template to PDF with WeasyPrint.

Stylesheets and images come from the site's static files (static_fetcher.py); fonts from
the system's fontconfig (Debian: fonts-dejavu-core, fonts-liberation). WeasyPrint is
imported on first use: it needs Pango, and the rest of the site runs without it.
"""

from functools import cache

from django.template.loader import render_to_string

from treatywatch.printing.endnote_links import with_back_links

PDF_MIME_TYPE = "application/pdf"


def render_pdf(template_name: str, context: dict, base_url: str, request=None) -> bytes:
    """The PDF of `template_name` rendered with `context`. `base_url`: the address the
    page stands for, against which its relative links are made absolute."""
    html = render_to_string(template_name, context, request=request)
    return html_to_pdf(with_back_links(html), base_url)


def html_to_pdf(html: str, base_url: str) -> bytes:
    from weasyprint import HTML

    from treatywatch.printing.static_fetcher import StaticFilesFetcher

    document = HTML(string=html, base_url=base_url, url_fetcher=StaticFilesFetcher())
    return document.write_pdf(font_config=_font_configuration())


@cache
def _font_configuration():
    # Made once, on first use: it reads the system's font list.
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()
