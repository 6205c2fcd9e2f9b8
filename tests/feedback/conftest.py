"""Fixtures for the feedback tests: a private folder in tmp_path, accounts by role, sample
files of every kind (real leading bytes), a helper that submits the form, and the outbox."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from treatywatch.accounts.creation import create_account

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def private_dir(settings, tmp_path):
    """Every test keeps attachments in its own temporary folder, never the real one."""
    folder = tmp_path / "private"
    settings.TREATYWATCH_PRIVATE_DIR = str(folder)
    return folder


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The tests log in with force_login: a deliberately slow hasher only costs time here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def make_account(db):
    def make(name: str, role: str, email: str | None = None):
        return create_account(
            name, role, PASSWORD, f"{name}@example.org" if email is None else email
        )

    return make


@pytest.fixture
def client_as(make_account):
    """A test client logged in with a new account of the given role (None: anonymous)."""
    from django.test import Client

    def login(role: str | None):
        client = Client()
        if role:
            client.force_login(make_account(f"someone-{role}", role))
        return client

    return login


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


OOXML_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

SAMPLES = {
    "pdf": ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n%%EOF\n"),
    "png": ("map.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40),
    "jpeg": ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 40),
    "gif": ("chart.gif", b"GIF89a\x01\x00\x01\x00" + b"\x00" * 20),
    "webp": ("chart.webp", b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 30),
    "txt": ("notes.txt", "Corrección: the stockpile was 10,404,148.\n".encode()),
    "docx": (
        "letter.docx",
        _zip({"[Content_Types].xml": OOXML_TYPES, "word/document.xml": b"<w:document/>"}),
    ),
    "xlsx": (
        "figures.xlsx",
        _zip({"[Content_Types].xml": OOXML_TYPES, "xl/workbook.xml": b"<workbook/>"}),
    ),
    "pptx": (
        "slides.pptx",
        _zip({"[Content_Types].xml": OOXML_TYPES, "ppt/presentation.xml": b"<p/>"}),
    ),
    "odt": (
        "letter.odt",
        _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
    ),
    "ods": (
        "figures.ods",
        _zip(
            {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}
        ),
    ),
    "doc": ("old.doc", OLE_HEADER + b"\x00" * 504),
    "xls": ("old.xls", OLE_HEADER + b"\x00" * 504),
    # Refused kinds:
    "exe": ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 56),
    "zip": ("bundle.zip", _zip({"readme.txt": b"hello"})),
    "docm": (
        "macro.docx",
        _zip(
            {
                "[Content_Types].xml": OOXML_TYPES,
                "word/document.xml": b"<w/>",
                "word/vbaProject.bin": b"\x00",
            }
        ),
    ),
    "msi": ("setup.msi", OLE_HEADER + b"\x00" * 504),
    "elf": ("tool", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56),
    "html": ("page.html", b"<!doctype html><script>alert(1)</script>"),
}


@pytest.fixture
def sample():
    """sample("pdf") is an upload with a PDF's real contents; name= renames it."""

    def make(kind: str, name: str | None = None, content: bytes | None = None):
        default_name, default_content = SAMPLES[kind]
        # The browser's word on the type is set to something harmless and ignored.
        return SimpleUploadedFile(
            name or default_name, default_content if content is None else content, "application/pdf"
        )

    return make


@pytest.fixture
def submit(client):
    """Post the feedback form for Tonga with a message, plus any fields given."""

    def post(iso3: str = "ton", via=None, **fields):
        data = {"section": "narrative", "message": "The 2025 accession date is right.", **fields}
        return (via or client).post(f"/feedback/{iso3}/", data)

    return post


@pytest.fixture
def outbox():
    """The emails queued in the alerts outbox, as {"to", "subject", "body", "dedupe_key"}."""
    from treatywatch.alerts.models import OutboxMessage

    class Outbox:
        def messages(self) -> list[dict]:
            return list(
                OutboxMessage.objects.order_by("pk").values("to", "subject", "body", "dedupe_key")
            )

    return Outbox()
