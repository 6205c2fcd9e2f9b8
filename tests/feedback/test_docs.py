"""docs/feedback.md states the limits the code applies."""

from pathlib import Path

from treatywatch.feedback import attachments
from treatywatch.feedback.forms import MAX_MESSAGE_LENGTH
from treatywatch.feedback.views import submission

# Whitespace normalised: a sentence may wrap anywhere.
DOC = " ".join(
    (Path(__file__).resolve().parents[2] / "docs" / "feedback.md")
    .read_text(encoding="utf-8")
    .split()
)
MB = 1024 * 1024


def test_the_docs_state_the_attachment_limits():
    assert f"| files per message | {attachments.MAX_FILES} |" in DOC
    assert f"| size of one file | {attachments.MAX_FILE_SIZE // MB} MB |" in DOC
    assert f"| all files of a message together | {attachments.MAX_TOTAL_SIZE // MB} MB |" in DOC
    assert f"| a request's body | {submission.MAX_REQUEST_BYTES // MB} MB " in DOC


def test_the_docs_state_the_message_length_and_name_length():
    assert f"at most {MAX_MESSAGE_LENGTH:,} characters" in DOC
    assert f"cut to {attachments.MAX_NAME_LENGTH} characters" in DOC


def test_the_docs_state_the_rate_limits():
    assert f"at most {submission.SUBMISSIONS.limit} saved messages an hour" in DOC
    assert f"at most {submission.ATTEMPTS.limit} posts an hour in all" in DOC
