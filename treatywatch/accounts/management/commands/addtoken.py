from django.contrib.auth import get_user_model

from treatywatch.accounts.tokens import create_token
from treatywatch.command_base import TreatyWatchCommand, UsageError


class Command(TreatyWatchCommand):
    help = "Create an API token for an account and print it once (it is stored only as a hash)."

    def add_arguments(self, parser):
        parser.add_argument("name")

    def handle(self, name, **options):
        self.require_migrated_database()
        user = get_user_model().objects.filter(username=name, is_active=True).first()
        if user is None:
            raise UsageError(f"no active account named '{name}'")
        self.stdout.write(create_token(user))
