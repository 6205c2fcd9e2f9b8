"""Rendering a Django template to PDF with WeasyPrint.

A PDF is made from the site's own files only: stylesheets and images under STATIC_URL are
read from the static finders, never fetched over the network, so a render costs no request
and cannot hang on one; any other address is refused (WeasyPrint then leaves it out).
Fonts come from the system's fontconfig (Debian: fonts-dejavu-core, fonts-liberation).
"""

import mimetypes
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from treatywatch.printing.endnote_links import with_back_links

PDF_MIME_TYPE = "application/pdf"


def render_pdf(template_name: str, context: dict, base_url: str, request=None) -> bytes:
    """The PDF of `template_name` rendered with `context`. `base_url`: the address the
    page stands for, against which its relative links are made absolute."""
    html = render_to_string(template_name, context, request=request)
    return html_to_pdf(with_back_links(html), base_url)


def html_to_pdf(html: str, base_url: str) -> bytes:
    document = HTML(string=html, base_url=base_url, url_fetcher=StaticFilesFetcher())
    return document.write_pdf(font_config=_font_configuration())


@cache
def _font_configuration() -> FontConfiguration:
    # Made on first use, not at import: it reads the system's font list.
    return FontConfiguration()


class StaticFilesFetcher(URLFetcher):
    """Serves WeasyPrint the site's static files from disk; refuses every other address."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = unquote(urlsplit(url).path)
        found = static_file(path)
        if found is None:
            raise ValueError(f"{url}: a PDF uses the site's static files only")
        content_type = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, found.read_bytes(), {"Content-Type": content_type})


def static_file(path: str) -> Path | None:
    """The file the static finders hold for a root-relative address, if any."""
    if not path.startswith(settings.STATIC_URL):
        return None
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    return Path(found) if found else None
