"""The README is the user's manual: it must name every command the package adds."""

from pathlib import Path

from django.core.management import get_commands

REPO = Path(__file__).resolve().parents[2]


def treatywatch_commands() -> list[str]:
    return sorted(name for name, app in get_commands().items() if app.startswith("treatywatch."))


def test_every_treatywatch_command_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in treatywatch_commands() if f"`treatywatch {name}" not in readme]
    assert missing == []


def test_the_commands_found_include_the_core_ones():
    assert {"validate", "load", "status", "deadlines", "serve"} <= set(treatywatch_commands())


def test_the_readme_gives_the_two_setup_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == "make test"
