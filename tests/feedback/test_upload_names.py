"""A file whose name is not UTF-8 is refused with a clear error: Django's parser would drop
it silently and the message would go without it."""

import pytest

from treatywatch.feedback.models import Feedback

pytestmark = pytest.mark.django_db

BOUNDARY = "TreatyWatchTestBoundary"


def multipart(fields: dict[str, str], files: list[tuple[bytes, bytes]]) -> bytes:
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts += [
        f"--{BOUNDARY}\r\n".encode()
        + b'Content-Disposition: form-data; name="attachments"; filename="'
        + name
        + b'"\r\nContent-Type: text/plain\r\n\r\n'
        + content
        + b"\r\n"
        for name, content in files
    ]
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def post(client, files):
    body = multipart({"section": "general", "message": "See the file."}, files)
    return client.post(
        "/feedback/ton/", body, content_type=f"multipart/form-data; boundary={BOUNDARY}"
    )


def test_a_file_whose_name_is_not_utf8_is_refused_with_a_clear_error(client):
    response = post(client, [(b"r\xe9sum\xe9.txt", b"Some notes.\n")])
    assert response.status_code == 200 and b"Thank you" not in response.content
    assert b"its name is not valid UTF-8" in response.content
    assert not Feedback.objects.exists()


def test_the_other_files_of_that_post_are_kept_for_the_next_try(client):
    response = post(client, [(b"notes.txt", b"Fine.\n"), (b"\xff\xfe.txt", b"Lost.\n")])
    assert b"Already attached" in response.content and b"notes.txt" in response.content


def test_a_utf8_name_goes_through(client):
    response = post(client, [("résumé.txt".encode(), b"Some notes.\n")])
    assert b"Thank you" in response.content
    assert Feedback.objects.get().attachments.get().original_name == "résumé.txt"
