"""The `treatywatch` command: Django's management commands under one name.

`treatywatch`, `treatywatch help` and `treatywatch --help` list TreatyWatch's own commands,
one line each, then the few of Django's a deployment needs; `treatywatch help --all` lists
every command, Django's included, and `treatywatch help COMMAND` explains one."""

import os
import sys

from django.core.management import ManagementUtility, get_commands, load_command_class

# Commands from Django and its apps that the README documents for TreatyWatch.
ALSO_USED = ("migrate", "axes_reset_ip")


class TreatyWatchUtility(ManagementUtility):
    def main_help_text(self, commands_only=False):
        if commands_only or "--all" in self.argv[2:]:
            return super().main_help_text(commands_only)
        return treatywatch_help(self.prog_name)


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "treatywatch.settings")
    TreatyWatchUtility(["treatywatch", *(sys.argv[1:] if argv is None else argv)]).execute()


def treatywatch_help(prog: str) -> str:
    commands = get_commands()
    own = sorted(name for name, app in commands.items() if app.startswith("treatywatch."))
    also = [name for name in ALSO_USED if name in commands]
    width = max(map(len, own + also))
    return "\n".join(
        [
            f"Usage: {prog} COMMAND [options]",
            "",
            "TreatyWatch's commands:",
            *(f"  {name:<{width}}  {summary(commands[name], name)}" for name in own),
            "",
            "From Django, used with TreatyWatch:",
            *(f"  {name:<{width}}  {summary(commands[name], name)}" for name in also),
            "",
            f"'{prog} help COMMAND' explains one command.",
            f"'{prog} help --all' lists every command, Django's included.",
        ]
    )


def summary(app: str, name: str) -> str:
    """The command's help on one line."""
    return " ".join(load_command_class(app, name).help.split())


if __name__ == "__main__":
    main()
