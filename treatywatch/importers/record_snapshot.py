"""Reading the published record into the importers' pure `RecordRows`."""

from treatywatch.importers.record_rows import RecordRows
from treatywatch.record.exporting import table_rows
from treatywatch.record.row_changes import TABLES_BY_FILE


def record_rows(*files: str) -> RecordRows:
    return RecordRows({file: _rows(file) for file in files})


def _rows(file: str) -> list[dict[str, str]]:
    table = TABLES_BY_FILE[file]
    return [dict(zip(table.spec.header, cells)) for cells in table_rows(table)]
