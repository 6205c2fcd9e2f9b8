"""Files kept from failed posts are bounded: an hour at most, one failed post's files per
client address, and a quota for the whole pending folder."""

import os
import time

import pytest
from django.test import Client

from treatywatch.feedback import pending
from treatywatch.feedback.models import Feedback

pytestmark = pytest.mark.django_db


def areas(private_dir) -> list:
    return sorted((private_dir / "pending").iterdir())


def kept_files(area) -> list:
    # Beside each file, a .json note; and the folder's .owner mark.
    return [p for p in area.iterdir() if p.suffix != ".json" and not p.name.startswith(".")]


def test_pending_files_are_removed_an_hour_after_the_failed_post(submit, sample, private_dir):
    submit(message="", attachments=[sample("pdf")])
    [area] = areas(private_dir)
    an_hour_ago = time.time() - 60 * 60 - 60
    os.utime(area, (an_hour_ago, an_hour_ago))
    assert pending.remove_expired() == 1
    assert not area.exists()


def test_files_younger_than_an_hour_stay(submit, sample, private_dir):
    submit(message="", attachments=[sample("pdf")])
    assert pending.remove_expired() == 0 and len(areas(private_dir)) == 1


def test_a_client_keeps_the_files_of_one_failed_post_at_a_time(submit, sample, private_dir):
    for _ in range(3):
        submit(message="", attachments=[sample("pdf"), sample("png")])
    [area] = areas(private_dir)
    assert len(kept_files(area)) == 2


def test_another_client_keeps_its_own_files(submit, sample, private_dir):
    submit(message="", attachments=[sample("pdf")])
    submit(message="", attachments=[sample("pdf")], via=Client(REMOTE_ADDR="192.0.2.7"))
    assert len(areas(private_dir)) == 2


def test_files_over_the_quota_are_not_kept_and_the_form_says_so(
    submit, sample, private_dir, monkeypatch
):
    monkeypatch.setattr(pending, "QUOTA_BYTES", 100)
    response = submit(message="", attachments=[sample("pdf", content=b"%PDF-1.7\n" + b"x" * 200)])
    assert b"report.pdf could not be kept" in response.content
    assert b"Already attached" not in response.content
    assert all(kept_files(area) == [] for area in areas(private_dir))
    assert not Feedback.objects.exists()
