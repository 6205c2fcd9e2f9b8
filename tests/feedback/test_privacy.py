"""Feedback is private: after a reader sends a message with a unique marker (in the text,
the name, the email, an attachment's name and contents), the marker appears on no public
page, API answer, feed, search result, download or file of the static build."""

import gzip
import io
import re
import uuid
import zipfile

import pytest
from django.core.management import call_command, get_commands

from treatywatch.feedback.models import Feedback

pytestmark = pytest.mark.django_db

PUBLIC_ADDRESSES = [
    "/",
    "/countries/",
    "/countries/ton/",
    "/countries/ton/?as_of=2026-11-23",
    "/treaties/mbt/",
    "/downloads/",
    "/feeds/updates.atom",
    "/countries/ton/feed.atom",
    "/sitemap.xml",
    "/api/v1/states/TON/profile",
    "/api/v1/events",
]


@pytest.fixture
def marker():
    return "zqprivacy" + uuid.uuid4().hex[:12]


@pytest.fixture
def sent(submit, sample, marker):
    """Feedback on Tonga that carries the marker everywhere a reader can put it."""
    response = submit(
        message=f"Please check {marker} in the narrative.",
        name=f"Reader {marker}",
        email=f"{marker}@example.org",
        attachments=[sample("txt", name=f"{marker}.txt", content=f"notes {marker}\n".encode())],
    )
    assert Feedback.objects.filter(message__contains=marker).exists(), response.content[:500]


def _readable(content: bytes) -> bytes:
    """The bytes to search: a zip's or gzip's contents too, where the marker would hide."""
    if content.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return b"\n".join(archive.read(name) for name in archive.namelist())
    if content.startswith(b"\x1f\x8b"):
        return gzip.decompress(content)
    return content


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("address", PUBLIC_ADDRESSES)
def test_feedback_appears_on_no_public_page_or_api_answer(client, sent, marker, address):
    response = client.get(address)
    assert response.status_code == 200, f"{address} answered {response.status_code}"
    assert marker.encode() not in _readable(_body(response))


def test_feedback_appears_in_no_download(client, sent, marker):
    page = client.get("/downloads/")
    assert page.status_code == 200, "the downloads page is not built yet"
    files = sorted(set(re.findall(rb'href="(/downloads/[^"/?#]+)"', page.content)))
    assert files, "the downloads page links no file"
    for address in files:
        response = client.get(address.decode())
        assert response.status_code == 200, f"{address.decode()} answered {response.status_code}"
        assert marker.encode() not in _readable(_body(response)), address.decode()


def test_feedback_is_not_found_by_search(client, submit, marker):
    # The search page repeats the words searched for: compare it before and after.
    address = f"/search/?q={marker}"
    before = client.get(address)
    submit(message=f"Please check {marker}", name=marker)
    assert Feedback.objects.filter(name=marker).exists()
    after = client.get(address)
    assert (before.status_code, after.status_code) == (200, 200)
    assert after.content == before.content


def test_feedback_is_in_no_file_of_the_static_build(sent, marker, tmp_path):
    if "bake" not in get_commands():
        pytest.skip("`treatywatch bake` does not exist yet")
    output = tmp_path / "baked"
    # The PDFs of one state stand for all: every state's takes minutes (see tests/site/test_bake.py).
    call_command("bake", str(output), "--pdf-sample", "usa")
    files = [path for path in output.rglob("*") if path.is_file()]
    assert files, "the bake wrote nothing"
    leaking = [
        str(path.relative_to(output))
        for path in files
        if marker.encode() in _readable(path.read_bytes())
    ]
    assert leaking == []
