"""Editors download attachments as attachments: never rendered, never sniffed, sandboxed."""

import pytest

from treatywatch.feedback.models import Attachment

pytestmark = pytest.mark.django_db


@pytest.fixture
def download(submit, client_as):
    def fetch(upload):
        submit(attachments=[upload])
        return client_as("editor").get(f"/feedback/attachments/{Attachment.objects.get().pk}/")

    return fetch


def test_an_attachment_is_served_as_a_download_with_its_detected_type(download, sample):
    response = download(sample("pdf"))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="report.pdf"'
    assert b"".join(response.streaming_content) == sample("pdf").read()


def test_an_attachment_is_never_sniffed_cached_or_allowed_to_run_anything(download, sample):
    response = download(sample("png"))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"
    assert response["Cache-Control"] == "private, no-store"


def test_a_text_attachment_is_served_as_plain_utf8_text(download, sample):
    assert download(sample("txt"))["Content-Type"] == "text/plain; charset=utf-8"


def test_a_download_without_an_extension_gets_the_one_of_its_kind(download, sample):
    response = download(sample("txt", name="../../etc/passwd"))
    assert response["Content-Disposition"] == 'attachment; filename="passwd.txt"'


def test_an_attachment_whose_file_is_gone_is_404(submit, sample, client_as, private_dir):
    submit(attachments=[sample("pdf")])
    saved = Attachment.objects.get()
    (private_dir / "attachments" / saved.stored_name).unlink()
    assert client_as("editor").get(f"/feedback/attachments/{saved.pk}/").status_code == 404
