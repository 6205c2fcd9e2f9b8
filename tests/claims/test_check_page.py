"""/check/: a plain form (no script) that checks a pasted or uploaded text, shows the claims
marked and numbered with a table of verdicts and the evidence, and stores nothing unless a
shareable link is asked for."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from treatywatch.claims.models import SharedCheck

pytestmark = pytest.mark.django_db

TEXT = (
    "Geneva, 30 November 2009. A total of 156 nations are party to the Mine Ban Treaty. "
    "Burma is not party. The Second Review Conference in Cartagena in 2009 meets today."
)


def _post(client, **fields):
    return client.post("/check/", fields)


def test_the_form_is_a_plain_post_form_with_a_csrf_token(client):
    response = client.get("/check/")
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<form class="check-form" method="post"[^>]*multipart/form-data', html)
    assert 'name="csrfmiddlewaretoken"' in html and "<script" not in html


def test_the_site_navigation_links_to_the_checker(client):
    assert '<a href="/check/">Check a text</a>' in client.get("/countries/").content.decode()


def test_a_post_without_the_csrf_token_is_refused():
    response = Client(enforce_csrf_checks=True).post("/check/", {"text": TEXT})
    assert response.status_code == 403


def test_the_report_numbers_each_claim_in_the_text_and_in_the_table(client):
    html = _post(client, text=TEXT).content.decode()
    marks = re.findall(r'<mark class="claim-mark verdict-(\w+)" id="claim-(\d)">', html)
    assert marks == [("outdated", "1"), ("supported", "2"), ("supported", "3")]
    # The number is written in the mark, and the verdict in words beside it: not colour alone.
    assert 'aria-label="claim 2: supported">2</a>Burma is not party</mark>' in html
    assert re.findall(r'<tr id="verdict-(\d)">', html) == ["1", "2", "3"]
    assert "Contradicted: the record says <strong>161</strong>" in html


def test_the_page_says_what_it_does_not_check_and_the_report_repeats_it(client):
    blank = client.get("/check/").content.decode()
    report = _post(client, text=TEXT + " Casualties fell to 5,757 in 2023.").content.decode()
    assert "<summary>What it checks, and what it does not</summary>" in blank
    assert "a sentence with no mark has not been judged" in blank
    assert "the rest of the text was not checked" in report
    # The casualty figure is not a kind it knows: unmarked, so not judged.
    assert "5,757</mark>" not in report and "Casualties fell to 5,757 in 2023." in report


def test_the_report_says_which_document_date_it_used(client):
    found = _post(client, text=TEXT).content.decode()
    given = _post(client, text=TEXT, as_of="2005-01-01").content.decode()
    assert "<strong>2009-11-30</strong>, the document's date\n(found in the text)" in found
    assert "<strong>2005-01-01</strong>, the document's date\n(as given)" in given


def test_the_evidence_links_to_the_pages_as_of_the_dates_and_cites_the_sources(client):
    html = _post(client, text=TEXT, today="2020-01-01").content.decode()
    assert '<a href="/countries/mmr/?as_of=2009-11-30">' in html
    assert '<a href="/treaties/mbt/?as_of=2020-01-01">' in html
    assert 'href="/downloads/#source-' in html


def test_the_page_is_never_cached_nor_indexed(client):
    for response in (client.get("/check/"), _post(client, text=TEXT)):
        assert response["Cache-Control"] == "private, no-store"
        assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_checking_stores_nothing(client):
    _post(client, text=TEXT)
    _post(client, text=TEXT, action="json")
    assert not SharedCheck.objects.exists()


@pytest.mark.parametrize("kind", ["txt", "html", "pdf", "docx"])
def test_an_uploaded_file_is_checked_like_a_pasted_text(client, kind, make_pdf, make_docx):
    data = {
        "txt": TEXT.encode(),
        "html": f"<html><body><article><p>{TEXT}</p></article></body></html>".encode(),
        "pdf": make_pdf(TEXT),
        "docx": make_docx(TEXT),
    }[kind]
    upload = SimpleUploadedFile(f"letter.{kind}", data)
    response = client.post("/check/", {"file": upload, "action": "json"})
    assert response.status_code == 200, response.content
    verdicts = [c["verdict"] for c in response.json()["claims"]]
    assert verdicts == ["outdated", "supported", "supported"]


@pytest.mark.parametrize(
    "fields, status, words",
    [
        ({"text": ""}, 400, "the text is empty"),
        ({"text": "  \n "}, 400, "the text is empty"),
        ({"text": "x" * 400_001}, 400, "the limit is 400,000"),
        ({"text": "a\x00b"}, 400, "Null characters are not allowed"),
        ({"file": ("photo.png", b"\x89PNG\r\n\x1a\n\x00")}, 415, "photo.png: a .png file cannot"),
        ({"file": ("blob", b"\x00\x01\x02")}, 400, "blob: this looks like a binary file"),
        ({"file": ("empty.txt", b"")}, 400, "The submitted file is empty"),
        ({"file": ("fake.pdf", b"words")}, 400, "fake.pdf: this file is not a PDF"),
        ({"text": TEXT, "file": ("a.txt", b"words")}, 400, "either a text or a file"),
        ({"text": TEXT, "as_of": "30/11/2009"}, 400, "is not a date; write YYYY-MM-DD"),
        ({"text": TEXT, "today": "1900-01-01"}, 400, "1900-01-01"),
        ({"text": TEXT, "appeared_at": "not an address"}, 400, "Enter a valid URL"),
    ],
)
def test_bad_input_gets_a_clear_4xx_and_stores_nothing(client, fields, status, words):
    fields = {
        name: SimpleUploadedFile(*value) if name == "file" else value
        for name, value in {**fields, "action": "share"}.items()
    }
    response = client.post("/check/", fields)
    assert response.status_code == status
    assert words in response.content.decode().replace("&#x27;", "'")
    assert not SharedCheck.objects.exists()


def test_an_encrypted_pdf_is_refused_and_nothing_is_stored(client, make_pdf):
    upload = SimpleUploadedFile("locked.pdf", make_pdf(TEXT, password="secret"))
    response = client.post("/check/", {"file": upload, "action": "share"})
    assert response.status_code == 400 and b"the PDF is encrypted" in response.content
    assert not SharedCheck.objects.exists()


def test_a_body_over_the_size_limit_is_refused_before_it_is_read(client):
    response = client.post(
        "/check/", b"x", content_type="text/plain", CONTENT_LENGTH=str(13 * 2**20)
    )
    assert response.status_code == 413 and b"at most 10 MB" in response.content


def test_the_report_downloads_as_json_and_as_claimreview(client):
    as_json = _post(client, text=TEXT, action="json", appeared_at="https://example.org/letter")
    reviews = _post(
        client, text=TEXT, action="claimreview", appeared_at="https://example.org/letter"
    )
    assert as_json["Content-Disposition"] == 'attachment; filename="report.json"'
    assert reviews["Content-Type"] == "application/ld+json"
    report, reviews = as_json.json(), json.loads(reviews.content)
    assert len(reviews) == len(report["claims"]) == 3
    assert reviews[1]["claimReviewed"] == "Burma is not party."
    assert reviews[1]["reviewRating"]["alternateName"] == "supported"
    assert reviews[1]["itemReviewed"]["appearance"]["url"] == "https://example.org/letter"
    assert reviews[1]["itemReviewed"]["datePublished"] == "2009-11-30"


def test_checks_from_one_address_are_limited(client, monkeypatch):
    from treatywatch.accounts.throttle import Throttle
    from treatywatch.claims import views

    monkeypatch.setattr(views, "CHECKS", Throttle("check", 2, views.CHECKS.period))
    responses = [_post(client, text=TEXT) for _ in range(3)]
    assert [r.status_code for r in responses] == [200, 200, 429]
    assert b"2 checks have been made from your address" in responses[2].content
    assert "Burma is not party" in responses[2].content.decode(), "what was typed is kept"
