import json
from datetime import date

from treatywatch.command_base import TreatyWatchCommand, iso_date
from treatywatch.coverage.formats import as_document, as_text
from treatywatch.coverage.queries import coverage_on


class Command(TreatyWatchCommand):
    help = (
        "Per state and per section of its profile, whether the record holds sourced facts, "
        "with the totals and the key figures of issue 7."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--as-of", type=iso_date, default=None, help="YYYY-MM-DD (default: today)"
        )
        self.add_format_argument(parser)

    def handle(self, as_of, format, **options):
        self.require_loaded_record()
        coverage = coverage_on(as_of or date.today())
        self.stdout.write(
            json.dumps(as_document(coverage), indent=2) if format == "json" else as_text(coverage)
        )
