"""Imports point down: the engine and the pure packages import no Django, and an app never
imports the apps built on it. The record announces what it publishes through a signal
(treatywatch/record/signals.py) instead of calling search or alerts; an app above connects
to it in its AppConfig.ready()."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "treatywatch"

# Each package, and the treatywatch packages built on it, which it may not import.
MAY_NOT_IMPORT = {
    "record": (
        "search",
        "alerts",
        "site",
        "editorial",
        "api",
        "feedback",
        "accounts",
        "coverage",
        "importers",
        "claims",
        "publications",
        "campaigns",
    ),
    "api": (
        "editorial",
        "alerts",
        "feedback",
        "site",
        "search",
        "coverage",
        "importers",
        "claims",
        "publications",
        "campaigns",
    ),
}
# Pure Python: the standard library, these treatywatch packages, and nothing else
# (treatywatch/charts has its own test, tests/charts/test_purity.py).
PURE = {
    "treaties": ("treaties",),
    "dataset": ("dataset", "treaties"),
    "profiles": ("profiles", "dataset", "treaties"),
}


def imported_modules(path: Path) -> set[str]:
    """Every module the file imports, at the top or inside a function (where a cycle hides)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: use an absolute import, as everywhere else"
            found.add(node.module)
    return found


def modules_of(package: str) -> list[tuple[str, Path]]:
    return [(package, path) for path in sorted((PACKAGE / package).rglob("*.py"))]


def treatywatch_package(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "treatywatch" and len(parts) > 1 else None


def short(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


@pytest.mark.parametrize(
    "package, path",
    [pair for package in MAY_NOT_IMPORT for pair in modules_of(package)],
    ids=lambda value: short(value) if isinstance(value, Path) else value,
)
def test_no_app_imports_an_app_built_on_it(package, path):
    upward = sorted(
        module
        for module in imported_modules(path)
        if treatywatch_package(module) in MAY_NOT_IMPORT[package]
    )
    assert not upward, (
        f"{short(path)} imports {upward}: {package}/ sits below them. Announce through a "
        "signal they connect to in their AppConfig.ready(), or move the shared code down."
    )


@pytest.mark.parametrize(
    "package, path",
    [pair for package in PURE for pair in modules_of(package)],
    ids=lambda value: short(value) if isinstance(value, Path) else value,
)
def test_the_pure_packages_import_only_the_standard_library_and_what_is_below_them(package, path):
    foreign = sorted(
        module
        for module in imported_modules(path)
        if treatywatch_package(module) not in PURE[package]
        and module.split(".")[0] not in sys.stdlib_module_names
    )
    assert not foreign, f"{short(path)} imports {foreign}; {package}/ is pure Python"


def test_no_import_is_moved_below_the_code_to_dodge_a_cycle():
    dodging = [
        short(path)
        for path in sorted(PACKAGE.rglob("*.py"))
        if "noqa: E402" in path.read_text(encoding="utf-8")
    ]
    assert not dodging, f"{dodging}: break the cycle instead (see test_no_app_imports_...)"
