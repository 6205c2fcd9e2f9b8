"""What every `treatywatch` subcommand shares: the contract scripts rely on. A bad argument
prints one line to stderr and exits 2; a refused operation exits 1."""

import argparse
import sys
from datetime import date

from django.core.management.base import BaseCommand, CommandError, handle_default_options
from django.db import connection, connections

from treatywatch.treaties import TREATIES
from treatywatch.treaties.day_range import parse_day


class UsageError(CommandError):
    def __init__(self, message: str):
        super().__init__(message, returncode=2)


def iso_date(text: str) -> date:
    """A --as-of value, read and bounded as the site and the API read theirs."""
    try:
        return parse_day(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


class TreatyWatchCommand(BaseCommand):
    requires_system_checks = []

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        # One line and exit 2, instead of argparse's usage dump: scripts parse stderr.
        parser.error = self._refuse_usage
        return parser

    def _refuse_usage(self, message: str):
        raise UsageError(message)

    def run_from_argv(self, argv):
        self._called_from_command_line = True
        try:
            options = vars(self.create_parser(argv[0], argv[1]).parse_args(argv[2:]))
            handle_default_options(argparse.Namespace(**options))
            self.execute(*options.pop("args", ()), **options)
        except CommandError as error:
            sys.stderr.write(f"treatywatch {argv[1]}: {error}\n")
            sys.exit(error.returncode)
        finally:
            connections.close_all()

    def require_migrated_database(self):
        if "record_state" not in connection.introspection.table_names():
            raise CommandError(
                f"the database {_database_name()} has no TreatyWatch tables: run `treatywatch migrate` first"
            )

    def require_loaded_record(self):
        self.require_migrated_database()
        from treatywatch.record.models import State

        if not State.objects.exists():
            raise CommandError(
                f"the database {_database_name()} holds no record: run `treatywatch load` first"
            )

    def add_treaty_argument(self, parser, required: bool = True):
        parser.add_argument(
            "--treaty", required=required, choices=sorted(TREATIES), help="mbt or ccm"
        )

    def add_format_argument(self, parser):
        parser.add_argument("--format", choices=["text", "json"], default="text")


def _database_name() -> str:
    return str(connection.settings_dict["NAME"])


def known_state(text: str) -> str:
    """The ISO code of a state in the record, or a usage error naming what was given."""
    from treatywatch.record.models import State

    iso3 = text.upper()
    if not State.objects.filter(iso3=iso3).exists():
        raise UsageError(
            f"unknown state '{text}': give the ISO 3166-1 alpha-3 code of a state in the record, e.g. USA"
        )
    return iso3
