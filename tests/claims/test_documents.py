"""The one reader: .txt, .html, .pdf and .docx read into text; anything unreadable refused
with a reason (TooLarge and WrongType become 413 and 415 on the page)."""

import io
import zipfile

import pytest

from treatywatch.claims.documents import (
    MAX_FILE_BYTES,
    MAX_PDF_PAGES,
    TooLarge,
    WrongType,
    read_document,
)
from treatywatch.claims.text_input import UnreadableText

CLAIM = "A total of 156 nations are party to the Mine Ban Treaty."
ARTICLE = (
    "<!doctype html><html><head><title>News</title><script>var x = 1;</script></head><body>"
    f"<article><h1>Ban the mines</h1><p>{CLAIM} The campaign said so in Geneva today, "
    "and asked every other state to join without delay.</p></article></body></html>"
)


def test_a_pdf_is_read_page_by_page(make_pdf):
    assert CLAIM in read_document(make_pdf(CLAIM, pages=2), "letter.pdf")


def test_a_word_document_is_read_paragraph_by_paragraph(make_docx):
    text = read_document(make_docx("Geneva, 30 November 2009", CLAIM), "letter.docx")
    assert text.split("\n\n") == ["Geneva, 30 November 2009", CLAIM]


def test_an_html_page_is_read_without_its_scripts():
    text = read_document(ARTICLE.encode(), "news.html")
    assert CLAIM in text and "var x" not in text


@pytest.mark.parametrize("kind", ["pdf", "docx", "html"])
def test_standard_input_is_told_apart_by_its_first_bytes(kind, make_pdf, make_docx):
    data = {"pdf": make_pdf(CLAIM), "docx": make_docx(CLAIM), "html": ARTICLE.encode()}[kind]
    assert CLAIM in read_document(data, "")


@pytest.mark.parametrize(
    "data, name, refusal, words",
    [
        (b"", "a.txt", UnreadableText, "empty"),
        (b" \n\t", "", UnreadableText, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "", UnreadableText, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "photo.png", WrongType, ".png file cannot be read"),
        (b"caf\xe9", "a.txt", UnreadableText, "not UTF-8"),
        (b"plain words", "a.pdf", UnreadableText, "not a PDF"),
        (b"PK\x03\x04 not a zip", "a.docx", UnreadableText, "not a readable Word"),
        (b"<html><body></body></html>", "a.html", UnreadableText, "no readable text"),
        (b"x" * (MAX_FILE_BYTES + 1), "a.txt", TooLarge, "the limit is 10 MB"),
    ],
)
def test_what_cannot_be_read_is_refused_with_a_reason(data, name, refusal, words):
    with pytest.raises(refusal, match=words):
        read_document(data, name)


def test_an_encrypted_pdf_is_refused(make_pdf):
    with pytest.raises(UnreadableText, match="encrypted"):
        read_document(make_pdf(CLAIM, password="secret"), "locked.pdf")


def test_a_pdf_over_the_page_limit_is_refused(make_pdf):
    with pytest.raises(TooLarge, match=f"the limit is {MAX_PDF_PAGES}"):
        read_document(make_pdf(CLAIM, pages=MAX_PDF_PAGES + 1), "report.pdf")


def test_a_pdf_without_text_is_refused(make_pdf):
    with pytest.raises(UnreadableText, match="no text"):
        read_document(make_pdf(""), "scan.pdf")


def test_a_word_document_that_unpacks_too_far_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (51 * 2**20))
    with pytest.raises(TooLarge, match="unpacks to more than 50 MB"):
        read_document(out.getvalue(), "bomb.docx")
