"""`treatywatch --help` puts TreatyWatch's own commands first, one line each, and says how
to see Django's."""

import pytest
from django.core.management import get_commands, load_command_class

from treatywatch.cli import main


def treatywatch_commands() -> dict[str, str]:
    return {name: app for name, app in get_commands().items() if app.startswith("treatywatch.")}


def help_text(capsys, *argv: str) -> str:
    main(list(argv))
    return capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--help"], ["help"], []], ids=["--help", "help", "nothing"])
def test_every_treatywatch_command_is_listed_with_its_help_on_one_line(capsys, argv):
    lines = help_text(capsys, *argv).splitlines()
    for name, app in treatywatch_commands().items():
        first_line = load_command_class(app, name).help.split()
        listed = [line for line in lines if line.split()[:1] == [name]]
        assert len(listed) == 1 and listed[0].split()[1:] == first_line, name


def test_treatywatch_commands_come_first_and_djangos_are_left_out(capsys):
    text = help_text(capsys, "--help")
    assert text.index("TreatyWatch's commands:") < text.index("migrate")
    assert "dumpdata" not in text and "makemigrations" not in text


def test_the_help_says_how_to_see_djangos_commands(capsys):
    assert "treatywatch help --all" in help_text(capsys, "--help")


def test_help_all_lists_djangos_commands_too(capsys):
    text = help_text(capsys, "help", "--all")
    assert {"dumpdata", "makemigrations", "load", "bake"} <= set(text.split())


def test_help_for_one_command_still_explains_it(capsys):
    assert "usage: treatywatch load" in help_text(capsys, "help", "load")
