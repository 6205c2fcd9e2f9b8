"""A submission that fails keeps what was typed and the files already accepted: browsers
cannot re-fill a file input, so the files wait in the private pending area."""

import re

import pytest

from treatywatch.feedback.models import Attachment, Feedback

pytestmark = pytest.mark.django_db


def _hidden(response, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]+)"'.encode(), response.content).group(1).decode()


def _kept_stored_names(response) -> list[str]:
    return [
        m.decode() for m in re.findall(rb'name="remove" value="([0-9a-f]{32})"', response.content)
    ]


def test_a_failed_submission_keeps_the_message_and_the_file_already_uploaded(submit, sample):
    response = submit(message="Keep this text", email="bad", attachments=[sample("pdf")])
    assert b"Keep this text</textarea>" in response.content
    assert b"Already attached" in response.content and b"report.pdf" in response.content
    assert not Feedback.objects.exists()


def test_the_kept_file_is_attached_when_the_form_finally_succeeds(submit, sample, private_dir):
    failed = submit(message="", attachments=[sample("pdf")])
    response = submit(message="Now with a message", pending=_hidden(failed, "pending"))
    assert b"Thank you" in response.content
    saved = Attachment.objects.get()
    assert (saved.original_name, saved.content_type) == ("report.pdf", "application/pdf")
    assert (private_dir / "attachments" / saved.stored_name).read_bytes().startswith(b"%PDF-")
    assert list((private_dir / "pending").iterdir()) == []


def test_accepted_files_are_kept_when_another_file_is_refused(submit, sample):
    failed = submit(attachments=[sample("pdf"), sample("exe", name="virus.pdf")])
    assert b"virus.pdf: this kind of file is not accepted" in failed.content
    submit(pending=_hidden(failed, "pending"))
    assert list(Attachment.objects.values_list("original_name", flat=True)) == ["report.pdf"]


def test_a_kept_file_ticked_remove_is_not_attached(submit, sample):
    failed = submit(message="", attachments=[sample("pdf"), sample("png")])
    by_name = dict(zip([b"map.png", b"report.pdf"], _kept_stored_names(failed)))
    submit(pending=_hidden(failed, "pending"), remove=[by_name[b"map.png"]])
    assert list(Attachment.objects.values_list("original_name", flat=True)) == ["report.pdf"]


def test_kept_files_count_towards_the_limit_of_five(submit, sample):
    failed = submit(message="", attachments=[sample("txt", name=f"n{n}.txt") for n in range(4)])
    response = submit(
        pending=_hidden(failed, "pending"), attachments=[sample("pdf"), sample("png")]
    )
    assert b"map.png: at most 5 files can be attached to one message" in response.content


def test_a_forged_pending_token_finds_no_files(submit, sample):
    failed = submit(message="", attachments=[sample("pdf")])
    token = _hidden(failed, "pending")
    submit(pending=token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    assert not Attachment.objects.exists()


def test_pending_files_are_private_too(submit, sample, private_dir):
    submit(message="", attachments=[sample("pdf")])
    [area] = (private_dir / "pending").iterdir()
    assert {oct(path.stat().st_mode & 0o777) for path in area.iterdir()} == {"0o600"}
