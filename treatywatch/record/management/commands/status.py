import json
from datetime import date

from treatywatch.command_base import TreatyWatchCommand, iso_date, known_state
from treatywatch.record.reports import STANDING_KEYS, status_report
from treatywatch.treaties import Status

_TEXT_COLUMNS = STANDING_KEYS


class Command(TreatyWatchCommand):
    help = "Where every state (or one) stands under a treaty on a date, computed from the record."

    def add_arguments(self, parser):
        self.add_treaty_argument(parser)
        parser.add_argument(
            "--as-of", type=iso_date, default=None, help="YYYY-MM-DD (default: today)"
        )
        parser.add_argument("--state", help="ISO 3166-1 alpha-3 code: only this state")
        self.add_format_argument(parser)

    def handle(self, treaty, as_of, state, format, **options):
        self.require_loaded_record()
        iso3 = known_state(state) if state else None
        report = status_report(treaty, as_of or date.today(), iso3)
        self.stdout.write(json.dumps(report, indent=2) if format == "json" else _as_text(report))
        if iso3 and not report["states"] and format != "json":
            self.stdout.write(f"{iso3} did not yet exist on {report['as_of']}: it is in no count.")


def _as_text(report: dict) -> str:
    counts = ", ".join(
        f"{key.replace('_', ' ')}: {value}" for key, value in report["counts"].items()
    )
    lines = [f"{report['treaty'].upper()} as of {report['as_of']}: {counts}", ""]
    rows = [[_cell(state, column) for column in _TEXT_COLUMNS] for state in report["states"]]
    widths = [
        max([len(column), *(len(row[i]) for row in rows)]) for i, column in enumerate(_TEXT_COLUMNS)
    ]
    lines.append("  ".join(column.ljust(width) for column, width in zip(_TEXT_COLUMNS, widths)))
    lines.extend(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows
    )
    return "\n".join(lines)


def _cell(state: dict, column: str) -> str:
    if column == "status":
        return Status(state["status"]).label
    return state[column] or "-"
