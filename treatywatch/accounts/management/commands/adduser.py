import sys

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from treatywatch.accounts.creation import create_account
from treatywatch.accounts.roles import ROLES
from treatywatch.command_base import TreatyWatchCommand, UsageError


class Command(TreatyWatchCommand):
    help = "Create an account with a role; the password is read from standard input (first line)."

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument("--role", required=True, choices=ROLES)
        parser.add_argument("--email", default="")

    def handle(self, name, role, email, **options):
        self.require_migrated_database()
        password = sys.stdin.readline().rstrip("\n")
        if not password:
            raise UsageError(
                "no password on standard input: e.g. `echo 'a long passphrase' | treatywatch adduser NAME --role editor`"
            )
        try:
            create_account(name, role, password, email)
        except ValidationError as error:
            raise UsageError("password refused: " + " ".join(error.messages)) from None
        except ValueError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"created {role} '{name}'")
