"""The private folder and everything in it are the server user's alone."""

import stat

import pytest

pytestmark = pytest.mark.django_db


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_private_folder_is_created_0700(submit, sample, private_dir):
    submit(attachments=[sample("pdf")])
    assert mode(private_dir) == 0o700 and mode(private_dir / "attachments") == 0o700


def test_the_pending_folders_are_0700(submit, sample, private_dir):
    submit(message="", attachments=[sample("pdf")])
    [area] = (private_dir / "pending").iterdir()
    assert {mode(private_dir / "pending"), mode(area)} == {0o700}
