"""Attachments on the form: what is accepted, what is refused and why, and where it goes."""

import stat

import pytest
from django.conf import settings as django_settings

from treatywatch.feedback import attachments, filetypes
from treatywatch.feedback.models import Attachment, Feedback
from treatywatch.paths import PACKAGE_DIR

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "kind, content_type",
    [
        ("pdf", "application/pdf"),
        ("png", "image/png"),
        ("jpeg", "image/jpeg"),
        ("gif", "image/gif"),
        ("webp", "image/webp"),
        ("txt", "text/plain"),
        ("docx", filetypes.DOCX.content_type),
        ("xlsx", filetypes.XLSX.content_type),
        ("pptx", filetypes.PPTX.content_type),
        ("odt", filetypes.ODT.content_type),
        ("ods", filetypes.ODS.content_type),
        ("doc", "application/msword"),
        ("xls", "application/vnd.ms-excel"),
    ],
)
def test_every_accepted_kind_is_attached_with_the_type_read_from_its_contents(
    submit, sample, kind, content_type
):
    # The sample files all claim to be application/pdf: the browser's word is ignored.
    response = submit(attachments=[sample(kind)])
    assert b"Thank you" in response.content
    saved = Attachment.objects.get()
    assert (saved.original_name, saved.content_type) == (sample(kind).name, content_type)


def test_several_files_are_attached_to_one_message(submit, sample):
    submit(attachments=[sample("pdf"), sample("png"), sample("txt")])
    assert sorted(Feedback.objects.get().attachments.values_list("original_name", flat=True)) == [
        "map.png",
        "notes.txt",
        "report.pdf",
    ]


@pytest.mark.parametrize(
    "kind, name, reason",
    [
        ("exe", "report.pdf", b"report.pdf: this kind of file is not accepted"),
        ("elf", "photo.jpg", b"photo.jpg: this kind of file is not accepted"),
        ("zip", "letter.docx", b"letter.docx: this kind of file is not accepted"),
        ("png", "scan.pdf", b"scan.pdf: its contents are a PNG image but its name ends in .pdf"),
        ("html", "page.html", b"page.html: its contents are plain text but its name ends in .html"),
        ("docm", "macro.docx", b"macro.docx: it contains macros"),
        (
            "msi",
            "setup.msi",
            b"setup.msi: an old-style Office file must be named .doc, .xls or .ppt",
        ),
    ],
)
def test_a_file_whose_contents_are_not_accepted_is_refused_by_name_with_the_reason(
    submit, sample, kind, name, reason
):
    response = submit(attachments=[sample(kind, name=name)])
    assert reason in response.content
    assert not Feedback.objects.exists()


def test_an_empty_file_is_refused(submit, sample):
    response = submit(attachments=[sample("txt", content=b"")])
    assert b"notes.txt: the file is empty" in response.content


def test_a_file_over_ten_megabytes_is_refused(submit, sample):
    big = sample("pdf", name="big.pdf", content=b"%PDF-1.7\n" + b"0" * attachments.MAX_FILE_SIZE)
    response = submit(attachments=[big])
    assert b"big.pdf: the file is larger than 10 MB" in response.content
    assert not Feedback.objects.exists()


def test_files_over_twenty_megabytes_together_are_refused_from_the_one_that_crosses_the_line(
    submit, sample
):
    ten_mb = b"%PDF-1.7\n".ljust(attachments.MAX_FILE_SIZE, b"0")
    files = [sample("pdf", name=f"part{n}.pdf", content=ten_mb) for n in (1, 2)] + [
        sample("pdf", name="part3.pdf")
    ]
    response = submit(attachments=files)
    assert b"part3.pdf: the files together would be larger than 20 MB" in response.content
    assert b"part1.pdf:" not in response.content and b"part2.pdf:" not in response.content


def test_a_sixth_file_is_refused(submit, sample):
    files = [sample("txt", name=f"note{n}.txt") for n in range(6)]
    response = submit(attachments=files)
    assert b"note5.txt: at most 5 files can be attached to one message" in response.content
    assert not Feedback.objects.exists()


def test_a_request_larger_than_the_limits_allow_is_refused_before_it_is_read(client):
    response = client.generic(
        "POST",
        "/feedback/ton/",
        b"x",
        CONTENT_TYPE="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(25 * 1024 * 1024),
    )
    assert response.status_code == 413 and b"at most 20 MB in all" in response.content


def test_a_path_in_a_file_name_is_dropped_and_the_file_kept_under_a_random_name(
    submit, sample, private_dir
):
    submit(attachments=[sample("txt", name="../../etc/passwd")])
    saved = Attachment.objects.get()
    assert saved.original_name == "passwd"
    assert [p.name for p in (private_dir / "attachments").iterdir()] == [saved.stored_name]
    assert len(saved.stored_name) == 32 and "passwd" not in saved.stored_name
    assert not (private_dir.parent / "etc").exists()


def test_a_name_with_markup_is_cleaned_and_shown_escaped_to_editors(submit, sample, client_as):
    submit(attachments=[sample("pdf", name="<script>.pdf")])
    saved = Attachment.objects.get()
    assert saved.original_name == "_script_.pdf"
    page = client_as("editor").get(f"/feedback/{saved.feedback_id}/item/")
    assert b"<script>" not in page.content and b"_script_.pdf" in page.content


def test_a_refused_name_with_markup_is_shown_escaped_in_the_error(submit, sample):
    response = submit(attachments=[sample("exe", name="<img src=x onerror=alert(1)>.pdf")])
    assert b"<img src=x" not in response.content
    assert b"_img src=x onerror=alert(1)_.pdf: this kind of file" in response.content


def test_attachments_are_stored_in_the_private_folder_outside_anything_served(
    submit, sample, private_dir
):
    submit(attachments=[sample("pdf")])
    stored = private_dir / "attachments" / Attachment.objects.get().stored_name
    assert stored.is_file()
    served = [PACKAGE_DIR] + [
        p for p in (django_settings.STATIC_ROOT, getattr(django_settings, "MEDIA_ROOT", "")) if p
    ]
    assert not any(stored.resolve().is_relative_to(folder) for folder in served)


def test_stored_attachments_are_readable_by_their_owner_only_and_never_executable(
    submit, sample, private_dir
):
    submit(attachments=[sample("pdf"), sample("txt")])
    for saved in Attachment.objects.all():
        mode = stat.S_IMODE((private_dir / "attachments" / saved.stored_name).stat().st_mode)
        assert mode == 0o600
    assert stat.S_IMODE((private_dir / "attachments").stat().st_mode) == 0o700


def test_a_private_folder_inside_a_served_folder_is_refused_with_a_way_out(settings, tmp_path):
    from django.core.exceptions import ImproperlyConfigured

    from treatywatch.feedback.storage import private_dir

    settings.STATIC_ROOT = str(tmp_path / "static")
    settings.TREATYWATCH_PRIVATE_DIR = str(tmp_path / "static" / "private")
    with pytest.raises(ImproperlyConfigured, match="choose a folder outside it"):
        private_dir()


def test_without_the_setting_the_private_folder_is_in_the_data_home(
    settings, monkeypatch, tmp_path
):
    from treatywatch.feedback.storage import private_dir

    del settings.TREATYWATCH_PRIVATE_DIR
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert private_dir() == (tmp_path / "xdg" / "treatywatch" / "private").resolve()


def test_deleting_feedback_removes_its_files(
    submit, sample, private_dir, django_capture_on_commit_callbacks
):
    submit(attachments=[sample("pdf")])
    stored = private_dir / "attachments" / Attachment.objects.get().stored_name
    with django_capture_on_commit_callbacks(execute=True):
        Feedback.objects.all().delete()
    assert not stored.exists()
