"""The README documents the JSON that `treatywatch coverage` prints: scripts rely on it."""

from datetime import date
from pathlib import Path

from treatywatch.coverage.formats import as_document
from treatywatch.coverage.report import SECTIONS, Coverage

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_names_every_section_key_in_order():
    readme = README.read_text(encoding="utf-8")
    listed = ", ".join(f"`{section.key}`" for section in SECTIONS)
    assert listed in " ".join(readme.split())


def test_the_readme_example_shows_every_key_of_the_document():
    readme = README.read_text(encoding="utf-8")
    document = as_document(Coverage(date(2026, 6, 1), (), {}, {}))
    assert all(f'"{key}":' in readme for key in document)
