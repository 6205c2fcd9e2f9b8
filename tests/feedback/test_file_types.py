"""Kinds are told from the contents; the browser's content type and the name do not decide."""

import io

import pytest

from treatywatch.feedback import filetypes

ACCEPTED = {
    "pdf": filetypes.PDF,
    "png": filetypes.PNG,
    "jpeg": filetypes.JPEG,
    "gif": filetypes.GIF,
    "webp": filetypes.WEBP,
    "txt": filetypes.TEXT,
    "docx": filetypes.DOCX,
    "xlsx": filetypes.XLSX,
    "pptx": filetypes.PPTX,
    "odt": filetypes.ODT,
    "ods": filetypes.ODS,
    "doc": filetypes.DOC,
    "xls": filetypes.XLS,
}


def _detect(sample, kind, extension=None):
    upload = sample(kind)
    return filetypes.detect(
        upload.file, extension if extension is not None else "." + upload.name.rsplit(".", 1)[-1]
    )


@pytest.mark.parametrize("kind, expected", ACCEPTED.items())
def test_each_accepted_kind_is_recognised_by_its_leading_bytes(sample, kind, expected):
    assert _detect(sample, kind) == expected


@pytest.mark.parametrize("kind", ["exe", "zip", "elf"])
def test_programs_and_plain_archives_are_not_recognised(sample, kind):
    assert _detect(sample, kind) is None


def test_an_office_file_with_macros_is_refused_with_a_reason(sample):
    with pytest.raises(filetypes.Unacceptable, match="macros"):
        _detect(sample, "docm")


def test_an_ole_file_that_is_not_named_as_an_office_file_is_refused(sample):
    with pytest.raises(filetypes.Unacceptable, match=".doc, .xls or .ppt"):
        _detect(sample, "msi")


@pytest.mark.parametrize(
    "content", [b"caf\xe9 latin-1", b"text with a \x00 nul", b"\x1b[31mterminal escape"]
)
def test_bytes_that_are_not_clean_utf8_text_are_not_text(content):
    assert filetypes.detect(io.BytesIO(content), ".txt") is None


def test_detection_leaves_the_file_at_its_start(sample):
    upload = sample("docx")
    filetypes.detect(upload.file, ".docx")
    assert upload.file.tell() == 0
