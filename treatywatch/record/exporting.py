"""Writing the published record back to the dataset files: the reverse of loading, through
the same TABLES. Rows come out in the order tools/build_dataset.py writes them, so an export
of the bundled record reproduces data/ byte for byte, and `load` of an export followed by
`export` gives identical files (the round trip is the backup)."""

import csv
import io
import os
from pathlib import Path

from treatywatch.dataset.fields import format_cell
from treatywatch.dataset.schema import (
    ACTIONS,
    CASUALTY_EDITIONS,
    FINDINGS,
    MEETING_KINDS,
    NATIONAL_MEASURES,
    OBLIGATIONS,
    TREATY_CODES,
)
from treatywatch.record.tables import TABLES, Table

# Per file, the sort key of a model object: the order the reviewed files are kept in.
ROW_ORDER = {
    "sources.csv": lambda source: (source.id,),
    "states.csv": lambda state: (state.iso3,),
    "treaty_actions.csv": lambda action: (
        TREATY_CODES.index(action.treaty),
        action.state_id,
        ACTIONS.index(action.action),
    ),
    "armed_conflicts.csv": lambda conflict: (conflict.state_id, conflict.start_date),
    "extensions.csv": lambda extension: (
        TREATY_CODES.index(extension.treaty),
        extension.state_id,
        extension.article,
        extension.granted_on,
    ),
    "meetings.csv": lambda meeting: (
        TREATY_CODES.index(meeting.treaty),
        MEETING_KINDS.index(meeting.kind),
        meeting.number,
    ),
    "meeting_attendance.csv": lambda seat: (seat.meeting_id, seat.state_id),
    "compliance.csv": lambda fact: (
        TREATY_CODES.index(fact.treaty),
        fact.state_id,
        OBLIGATIONS.index(fact.obligation),
        fact.period or 0,
        FINDINGS.index(fact.finding),
    ),
    "national_measures.csv": lambda fact: (
        TREATY_CODES.index(fact.treaty),
        fact.state_id,
        NATIONAL_MEASURES.index(fact.measure),
    ),
    "unga_resolutions.csv": lambda resolution: (resolution.year, resolution.symbol),
    "unga_votes.csv": lambda vote: (vote.resolution.year, vote.resolution.symbol, vote.state_id),
    "events.csv": lambda event: (event.date, event.id),
    "figures.csv": lambda figure: (
        figure.state_id,
        figure.as_of,
        figure.measure,
        figure.source_id,
        figure.item,
    ),
    "global_casualties.csv": lambda figure: (
        figure.year,
        CASUALTY_EDITIONS.index(figure.edition),
        figure.source_id,
    ),
    "publications.csv": lambda publication: (publication.date, publication.id),
    "campaigns.csv": lambda campaign: (campaign.asked_on, campaign.id),
    "asks.csv": lambda ask: (ask.campaign_id, ask.number, ask.state_id),
}


def table_rows(table: Table) -> list[list[str]]:
    """Every row of the table as the file's cells, in the file's order."""
    objects = table.model.objects.all()
    if _refers_to_resolutions(table):
        objects = objects.select_related("resolution")
    ordered = sorted(objects, key=ROW_ORDER[table.spec.name])
    return [[_cell(table, spec_field, obj) for spec_field in table.spec.fields] for obj in ordered]


def row_cells(table: Table, obj) -> dict[str, str]:
    """One model object as its row of the file: field name -> cell text."""
    return {spec_field.name: _cell(table, spec_field, obj) for spec_field in table.spec.fields}


def csv_text(table: Table) -> str:
    """The table as its dataset file."""
    return as_csv(table.spec.header, table_rows(table))


def as_csv(header: list[str], rows: list[list[str]]) -> str:
    """CSV as the dataset files are written: a header row, minimal quoting, \\n line endings."""
    # csv.writer quotes a cell holding a character of its line terminator: with "\r\n" it
    # quotes a cell holding a lone \r too, which with "\n" it would write bare, splitting the
    # row for every reader. Each row's own "\r\n" is then written as "\n".
    buffer, lines = io.StringIO(), []
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in [header, *rows]:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(row)
        lines.append(buffer.getvalue().removesuffix("\r\n") + "\n")
    return "".join(lines)


def export_dataset(folder: Path) -> dict[str, int]:
    """Write every dataset file into `folder`; the number of rows written, by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in TABLES:
        rows = table_rows(table)
        _replace_file(folder / table.spec.name, as_csv(table.spec.header, rows))
        written[table.spec.name] = len(rows)
    return written


def _replace_file(path: Path, text: str) -> None:
    # Write beside the target, then rename: a reader never sees a half-written file.
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8", newline="")
    os.replace(partial, path)


def _refers_to_resolutions(table: Table) -> bool:
    return any(spec_field.kind == "resolution" for spec_field in table.spec.fields)


def _cell(table: Table, spec_field, obj) -> str:
    if spec_field.kind == "resolution":
        return obj.resolution.symbol
    value = getattr(obj, table.renamed.get(spec_field.name, spec_field.name))
    if spec_field.name == "approximate":
        return "yes" if value else "no"
    return format_cell(value)
