"""What a strict Content-Security-Policy would block, and what switches autoescaping off,
in the package's templates and code. The tests reach the scanners as fixtures, and get one
test per file through pytest_generate_tests (the suite imports test files in importlib
mode, so a helper module beside them could not be imported)."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "treatywatch"
TEMPLATE_SUFFIXES = {".html", ".svg", ".xml", ".txt"}
# A <script> whose type is one of these is data, never run, and CSP does not apply to it.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
# An attribute name as HTMLParser sees it, also when a {% if %} sits just before it.
_BLOCKED_ATTRIBUTE = re.compile(r"(?:^|[^\w-])(on[a-z]+|style)$")


def template_files() -> list[Path]:
    """Every template in the package: any file under a templates/ folder, and any .html."""
    found = {
        p for p in PACKAGE.rglob("*") if p.suffix in TEMPLATE_SUFFIXES and "templates" in p.parts
    }
    found |= set(PACKAGE.rglob("*.html"))
    return sorted(found)


class _InlineCodeFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = None  # the open <script>'s line, if it may run

    def handle_starttag(self, tag, attrs):
        self._check_attributes(tag, attrs)
        attributes = dict(attrs)
        if tag == "style":
            self._report("an inline <style> element (put it in a .css file under static/)")
        if (
            tag == "script"
            and "src" not in attributes
            and attributes.get("type") not in DATA_SCRIPT_TYPES
        ):
            self._in_script = self.getpos()[0]

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script and data.strip():
            self._report("an inline <script> body (put it in a .js file under static/)")
            self._in_script = None

    def _check_attributes(self, tag, attrs):
        for name, value in attrs:
            match = _BLOCKED_ATTRIBUTE.search(name)
            if match:
                self._report(
                    f"a {match.group(1)}= attribute on <{tag}> (use a class and a static file)"
                )
            if value and value.strip().lower().startswith("javascript:"):
                self._report(f"a javascript: URL on <{tag}>")

    def _report(self, what: str) -> None:
        self.problems.append(f"line {self.getpos()[0]}: {what}")


def inline_code_in(markup: str) -> list[str]:
    """What in this markup the site's Content-Security-Policy would block."""
    finder = _InlineCodeFinder()
    finder.feed(markup)
    finder.close()
    return finder.problems


_TEMPLATE_UNESCAPE = re.compile(r"\|\s*safe(?:seq)?\b|{%\s*autoescape\s+off\s*%}")
_CODE_UNESCAPE = re.compile(r"\bmark_safe\s*\(|\bSafeString\s*\(|\bSafeData\b|\|\s*safe\b")


def unescaping_in(text: str, is_template: bool) -> list[str]:
    """Each line that switches autoescaping off, as `line N: text`."""
    pattern = _TEMPLATE_UNESCAPE if is_template else _CODE_UNESCAPE
    return [
        f"line {number}: {line.strip()}"
        for number, line in enumerate(text.splitlines(), start=1)
        if pattern.search(line)
    ]


def python_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def package_label(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


def pytest_generate_tests(metafunc):
    # One test per file, named by its path under treatywatch/.
    if "template_path" in metafunc.fixturenames:
        metafunc.parametrize("template_path", template_files(), ids=package_label)
    if "package_file" in metafunc.fixturenames:
        metafunc.parametrize("package_file", template_files() + python_modules(), ids=package_label)


@pytest.fixture
def scanned_templates() -> list[Path]:
    return template_files()


@pytest.fixture
def inline_code():
    return inline_code_in


@pytest.fixture
def unescaping():
    return unescaping_in


@pytest.fixture
def unescaping_in_file():
    def scan(path: Path) -> list[str]:
        return unescaping_in(
            path.read_text(encoding="utf-8"), is_template=path.suffix in TEMPLATE_SUFFIXES
        )

    return scan
