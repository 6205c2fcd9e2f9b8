import pytest

from treatywatch.feedback.attachments import MAX_NAME_LENGTH, clean_name, download_name
from treatywatch.feedback.filetypes import PDF, TEXT


@pytest.mark.parametrize(
    "given, shown",
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\ana\\report.pdf", "report.pdf"),
        ("<script>.pdf", "_script_.pdf"),
        ("evil\u202efdp.exe", "evilfdp.exe"),
        ("line\nbreak\t.pdf", "linebreak.pdf"),
        (".hidden.txt", "hidden.txt"),
        ("  spaced   out  .pdf", "spaced out .pdf"),
        ("", "attachment"),
        ("../", "attachment"),
    ],
)
def test_a_name_is_cleaned_to_its_last_part_without_controls_or_unsafe_characters(given, shown):
    assert clean_name(given) == shown


def test_a_long_name_is_shortened_and_keeps_its_extension():
    cleaned = clean_name("a" * 300 + ".pdf")
    assert len(cleaned) == MAX_NAME_LENGTH and cleaned.endswith("a.pdf")


def test_a_download_name_always_ends_in_an_extension_of_its_kind():
    assert download_name("passwd", TEXT) == "passwd.txt"
    assert download_name("report.pdf", PDF) == "report.pdf"
