"""The measures are plain Python: only queries.py, views.py and the command touch Django
or the database (directly, or through the record app)."""

import ast
from pathlib import Path

import pytest

COVERAGE = Path(__file__).resolve().parents[2] / "treatywatch" / "coverage"
PURE = ["facts.py", "formats.py", "report.py", "un_votes.py"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("name", PURE)
def test_a_measuring_module_imports_neither_django_nor_the_record(name):
    impure = ("django", "treatywatch.record", "treatywatch.site")
    imported = imported_modules(COVERAGE / name)
    assert not [module for module in imported if module.startswith(impure)]
