"""treatywatch/charts is plain Python: it renders SVG from values, with no Django."""

import ast
from pathlib import Path

import pytest

CHARTS = Path(__file__).resolve().parents[2] / "treatywatch" / "charts"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted(CHARTS.glob("*.py")), ids=lambda path: path.name)
def test_no_chart_module_imports_django(path):
    assert not [name for name in imported_modules(path) if name.split(".")[0] == "django"]
