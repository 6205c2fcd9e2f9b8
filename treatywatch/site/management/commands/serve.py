from django.core.management import call_command

from treatywatch.command_base import TreatyWatchCommand


class Command(TreatyWatchCommand):
    help = "Serve the site (a development server: put a WSGI server such as gunicorn in front for production)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, host, port, **options):
        self.require_loaded_record()
        call_command("runserver", f"{host}:{port}", use_reloader=False)
