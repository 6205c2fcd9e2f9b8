import json
from datetime import date

from treatywatch.command_base import TreatyWatchCommand, iso_date, known_state
from treatywatch.record.reports import deadlines_report
from treatywatch.treaties.deadline import DEADLINE_STATE_WORDS


class Command(TreatyWatchCommand):
    help = "A state's obligations under a treaty (transparency reports, stockpile destruction, clearance) and their due dates."

    def add_arguments(self, parser):
        self.add_treaty_argument(parser)
        parser.add_argument("--state", required=True, help="ISO 3166-1 alpha-3 code")
        parser.add_argument(
            "--as-of", type=iso_date, default=None, help="YYYY-MM-DD (default: today)"
        )
        self.add_format_argument(parser)

    def handle(self, treaty, state, as_of, format, **options):
        self.require_loaded_record()
        report = deadlines_report(treaty, known_state(state), as_of or date.today())
        self.stdout.write(json.dumps(report, indent=2) if format == "json" else _as_text(report))


def _as_text(report: dict) -> str:
    title = f"{report['iso3']} under the {report['treaty'].upper()} as of {report['as_of']} ({report['status']})"
    if not report["deadlines"]:
        return f"{title}: no obligations (not a State Party on that date)"
    lines = [title]
    for deadline in report["deadlines"]:
        extended = f" (extended from {deadline['original_due']})" if deadline["extended"] else ""
        lines.append(
            f"  Art. {deadline['article']:<5} due {deadline['due']}{extended}  {deadline['description']}"
            f" — {DEADLINE_STATE_WORDS[deadline['state']]}"
        )
    return "\n".join(lines)
