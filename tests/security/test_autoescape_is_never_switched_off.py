"""Record text (state names, source titles, event text) reaches pages only through Django's
autoescaping: no template or module of the package may switch it off, but for the
exceptions listed here, each with the reason it is safe. The scanner is in conftest.py."""

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "treatywatch"
# path under treatywatch/ -> why every string that reaches it is escaped or trusted.
ALLOWED: dict[str, str] = {}


def test_no_file_switches_autoescaping_off(package_file, unescaping_in_file):
    label = package_file.relative_to(PACKAGE).as_posix()
    if label in ALLOWED:
        pytest.skip(f"allowed: {ALLOWED[label]}")
    found = unescaping_in_file(package_file)
    assert not found, (
        f"treatywatch/{label} switches autoescaping off; escape the record text instead "
        "(format_html, the |escape filter) or, if every string is trusted, add it to ALLOWED "
        "in this test with the reason:\n" + "\n".join(found)
    )


@pytest.mark.parametrize(
    "text, is_template",
    [
        ("{{ state.name|safe }}", True),
        ("{{ footnotes|safeseq|join:', ' }}", True),
        ("{% autoescape off %}{{ text }}{% endautoescape %}", True),
        ("return mark_safe(f'<b>{name}</b>')", False),
        ("html = SafeString(svg)", False),
    ],
)
def test_the_scan_finds_each_way_of_switching_autoescaping_off(unescaping, text, is_template):
    assert unescaping(text, is_template) == [f"line 1: {text}"]


def test_the_scan_leaves_escaping_helpers_alone(unescaping):
    assert (
        unescaping("return format_html('<b>{}</b>', name)\n{{ name|escape }}", is_template=False)
        == []
    )
