"""Rendering a template to PDF (printing/pdf.py) from the site's own files only."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from treatywatch.printing.pdf import html_to_pdf
from treatywatch.printing.static_fetcher import StaticFilesFetcher
from treatywatch.printing.static_files import static_file

BASE = "http://testserver/countries/ton/"


def test_a_static_file_is_read_from_the_finders_not_fetched():
    response = StaticFilesFetcher().fetch("http://testserver/static/site/pdf.css")
    assert response.content_type == "text/css" and b"@page" in response.read()


@pytest.mark.parametrize(
    "address",
    ["https://example.org/style.css", "http://testserver/countries/", "file:///etc/passwd"],
)
def test_any_other_address_is_refused(address):
    with pytest.raises(ValueError, match="static files only"):
        StaticFilesFetcher().fetch(address)


def test_an_address_outside_static_has_no_static_file():
    assert static_file("/countries/site/pdf.css") is None


def test_a_page_with_a_stylesheet_and_an_internal_link_becomes_a_pdf():
    html = (
        '<link rel="stylesheet" href="/static/site/pdf.css">'
        '<p><a href="#end">to the end</a></p><p id="end">The end</p>'
    )
    reader = PdfReader(BytesIO(html_to_pdf(html, BASE)))
    annotations = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert "The end" in reader.pages[0].extract_text()
    assert [a["/Dest"] for a in annotations] == ["end"]
