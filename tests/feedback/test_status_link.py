import re

import pytest
from django.utils import timezone

from treatywatch.feedback.models import Feedback

pytestmark = pytest.mark.django_db


def _status_path(response) -> str:
    return (
        re.search(rb"http://testserver(/feedback/status/[A-Za-z0-9_-]+/)", response.content)
        .group(1)
        .decode()
    )


def test_the_status_link_shows_the_status_and_the_dates(submit, client):
    path = _status_path(submit(email="reader@example.org"))
    feedback = Feedback.objects.get()
    feedback.status, feedback.status_changed_at = "acknowledged", timezone.now()
    feedback.save()
    page = client.get(path)
    assert page.status_code == 200
    assert (
        b"Acknowledged" in page.content
        and b"Status last changed" in page.content
        and b"Tonga" in page.content
    )


def test_the_status_link_shows_neither_the_message_nor_the_submitter(submit, client):
    path = _status_path(
        submit(message="my private words", name="Ana Reader", email="reader@example.org")
    )
    page = client.get(path).content
    assert (
        b"my private words" not in page
        and b"Ana Reader" not in page
        and b"reader@example.org" not in page
    )


def test_a_wrong_status_token_is_404(client, submit):
    path = _status_path(submit(email="reader@example.org"))
    assert client.get(path[:-3] + "xx/").status_code == 404
    assert client.get("/feedback/status/nothing/").status_code == 404


def test_the_status_page_is_never_cached_or_indexed(submit, client):
    response = client.get(_status_path(submit(email="reader@example.org")))
    assert (
        response["Cache-Control"] == "private, no-store"
        and response["X-Robots-Tag"] == "noindex, nofollow"
    )


def test_each_submission_gets_its_own_link(submit):
    assert _status_path(submit(email="a@example.org")) != _status_path(
        submit(email="a@example.org")
    )
