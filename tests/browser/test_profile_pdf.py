"""The PDF profile in a real browser: the United States profile's "Download PDF" link."""

from io import BytesIO

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser

GAO_REPORT = "https://www.gao.gov/products/gao-02-1003"


def test_the_us_profiles_download_pdf_link_gives_chromium_a_pdf_that_opens(browser):
    page = browser.open("/countries/usa/?as_of=2010-01-01")
    link = page.get_by_role("link", name="Download PDF")
    with page.expect_response(lambda response: ".pdf" in response.url) as answered:
        link.click()
    response = answered.value
    assert response.url == f"{browser.site}/countries/usa.pdf?as_of=2010-01-01"
    assert (response.status, response.headers["content-type"]) == (200, "application/pdf")
    # Chromium hands the PDF to its viewer, which keeps the body: read it again, as the
    # same browser context (its cookies and all).
    reader = PdfReader(BytesIO(browser.context.request.get(response.url).body()))
    title_page = " ".join(reader.pages[0].extract_text().split())
    assert "United States" in title_page and "Describes 1 January 2010" in title_page
    assert browser.errors() == []


def test_the_us_profile_printed_from_chromium_hides_the_controls_and_shows_source_addresses(
    browser,
):
    page = browser.open("/countries/usa/")
    page.emulate_media(media="print")
    hidden = [
        selector
        for selector in (
            "header nav",
            ".header-find",
            ".as-of-form",
            ".feedback-link",
            ".profile-actions",
        )
        if page.locator(selector).first.is_visible()
    ]
    assert hidden == []
    # The footnotes print their addresses as text; a source linked from any other text gets
    # its address printed after it.
    assert GAO_REPORT in page.locator(".footnotes").inner_text()
    after = page.evaluate(
        """() => {
            const link = document.createElement('a');
            link.href = 'https://example.org/report';
            link.textContent = 'a report';
            document.querySelector('main p').append(link);
            return getComputedStyle(link, '::after').content;
        }"""
    )
    assert after == '" (https://example.org/report)"'
    assert page.pdf(format="A4")[:5] == b"%PDF-"
