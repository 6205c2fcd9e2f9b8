"""The PDF profile, /countries/<iso3>.pdf, on a sample: the United States (not party, a long
record), Ukraine (party with a clearance deadline extended) and Tonga (the latest to join)."""

import re
from io import BytesIO

import pytest
from django.core.cache import cache
from django.test import Client
from pypdf import PdfReader

pytestmark = pytest.mark.django_db

SAMPLE = {
    "usa": "United States",
    "ukr": "Ukraine",
    "ton": "Tonga",
}
GAO_REPORT = "https://www.gao.gov/products/gao-02-1003"


@pytest.fixture(scope="module")
def pdfs(django_db_setup, django_db_blocker) -> dict[str, PdfReader]:
    """Each state of the sample rendered once for the module (a PDF takes a second or so)."""
    cache.clear()
    with django_db_blocker.unblock():
        responses = {iso3: Client().get(f"/countries/{iso3}.pdf") for iso3 in SAMPLE}
    for iso3, response in responses.items():
        assert (response.status_code, response["Content-Type"]) == (200, "application/pdf"), iso3
    return {iso3: PdfReader(BytesIO(response.content)) for iso3, response in responses.items()}


def _links(reader: PdfReader) -> list[str]:
    """The destinations of the internal links (/Link annotations with a /Dest), every page."""
    return [
        str(annotation["/Dest"])
        for page in reader.pages
        for annotation in (a.get_object() for a in page.get("/Annots") or [])
        if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation
    ]


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _title_page(reader: PdfReader) -> str:
    """The first page's text, lines joined: a phrase may wrap anywhere."""
    return re.sub(r"\s+", " ", reader.pages[0].extract_text())


@pytest.mark.parametrize("iso3", list(SAMPLE))
def test_the_pdf_of_usa_ukr_and_ton_opens_on_a_title_page(pdfs, iso3):
    title_page = _title_page(pdfs[iso3])
    for words in (
        SAMPLE[iso3],
        "Mine Ban Treaty:",
        "Describes ",
        "Last updated:",
        "TreatyWatch",
        f"http://testserver/countries/{iso3}/",
    ):
        assert words in title_page, words


@pytest.mark.parametrize("iso3", list(SAMPLE))
def test_the_title_page_of_usa_ukr_and_ton_carries_the_chart_of_parties(pdfs, iso3):
    title_page = _title_page(pdfs[iso3])
    assert "States Parties" in title_page and "Convention on Cluster Munitions" in title_page
    assert "computed from the dates of signature" in title_page


@pytest.mark.parametrize("iso3", list(SAMPLE))
def test_every_footnote_mark_of_usa_ukr_and_ton_links_to_its_endnote_and_back(pdfs, iso3):
    reader = pdfs[iso3]
    destinations = set(reader.named_destinations)
    links = _links(reader)
    to_notes = {link.removeprefix("fn-") for link in links if link.startswith("fn-")}
    back = {link.removeprefix("fnref-") for link in links if link.startswith("fnref-")}
    assert to_notes and to_notes == back
    assert set(links) <= destinations


@pytest.mark.parametrize("iso3", list(SAMPLE))
def test_the_pdf_of_usa_ukr_and_ton_has_its_sections_and_endnotes(pdfs, iso3):
    text = _text(pdfs[iso3])
    for heading in ("Overview", "Mine ban policy", "Sources"):
        assert re.search(rf"^{heading}$", text, re.MULTILINE), heading
    # The folded timeline repeats the sections: the page has it, the PDF does not.
    assert not re.search(r"^Timeline$", text, re.MULTILINE)
    assert "Send feedback" not in text and "Notify me" not in text


def test_the_us_endnotes_give_full_citations_with_their_urls(pdfs):
    text = re.sub(r"\s+", "", _text(pdfs["usa"]))
    assert "USGeneralAccountingOffice" in text and GAO_REPORT in text


def test_a_pdf_as_of_a_past_date_says_the_day_it_describes(client):
    response = client.get("/countries/usa.pdf?as_of=2010-01-01")
    title_page = _title_page(PdfReader(BytesIO(response.content)))
    assert "Describes 1 January 2010" in title_page
    assert "http://testserver/countries/usa/?as_of=2010-01-01" in title_page


def test_the_profile_page_links_to_its_pdf_keeping_the_date(client):
    assert 'href="/countries/ton.pdf"' in client.get("/countries/ton/").content.decode()
    html = client.get("/countries/ton/?as_of=2026-01-01").content.decode()
    assert re.search(r'href="/countries/ton\.pdf\?as_of=2026-01-01"[^>]*>Download PDF<', html)


@pytest.mark.parametrize(
    ("address", "status", "message"),
    [
        ("/countries/usa.pdf?as_of=2010-13-01", 400, "as_of"),
        ("/countries/usa.pdf?as_of=yesterday", 400, "as_of"),
        ("/countries/zzz.pdf", 404, "There is no page at this address"),
        ("/countries/u1a.pdf", 404, "There is no page at this address"),
    ],
)
def test_a_pdf_asked_for_with_bad_input_is_a_4xx_with_a_message(client, address, status, message):
    response = client.get(address)
    assert response.status_code == status
    assert message in response.content.decode()


def test_an_upper_case_code_redirects_to_the_lower_case_pdf(client):
    response = client.get("/countries/TON.pdf?as_of=2026-01-01")
    assert (response.status_code, response["Location"]) == (
        301,
        "/countries/ton.pdf?as_of=2026-01-01",
    )
