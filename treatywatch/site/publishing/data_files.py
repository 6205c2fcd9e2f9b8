"""The files on /downloads/: the dataset files as the exporter writes them (with cells a
spreadsheet would run as formulas escaped, see spreadsheet_cells.py), the whole record
as one JSON document, and every state's standing today under each treaty (computed, not
part of the record). Contents are built once per record version and day."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from treatywatch.dataset.schema import Field
from treatywatch.record.exporting import as_csv, table_rows
from treatywatch.record.reports import STANDING_KEYS, status_report
from treatywatch.record.tables import TABLES, Table
from treatywatch.record.treaty_records import record_version
from treatywatch.site.publishing.data_dictionary import (
    FILE_DESCRIPTIONS,
    data_dictionary,
    table_name,
)
from treatywatch.site.publishing.spreadsheet_cells import safe_rows
from treatywatch.treaties import TREATIES, Status

CSV = "text/csv; charset=utf-8"
JSON = "application/json"
_NUMBER_KINDS = ("year", "count")
_STATUS_COLUMNS = STANDING_KEYS


@dataclass(frozen=True)
class Content:
    data: bytes
    rows: int


@dataclass(frozen=True)
class DataFile:
    name: str
    description: str
    content_type: str
    build: Callable[[], Content]
    computed: bool = False  # derived by TreatyWatch's rules, not a file of the record

    def content(self) -> Content:
        return _built(self.name, self.build)


_cache: dict[str, tuple[tuple, object]] = {}


def _built(name: str, build: Callable):
    """build(), kept until the record changes or the day does (the standings are for today)."""
    key = (record_version(), date.today())
    cached = _cache.get(name)
    if cached is None or cached[0] != key:
        cached = _cache[name] = (key, build())
    return cached[1]


def _rows(table: Table) -> list[list[str]]:
    # The CSV file and the JSON document share the rows, read once.
    return _built(f"rows of {table.spec.name}", lambda: table_rows(table))


def data_files() -> list[DataFile]:
    """Every download, in the order the downloads page lists them."""
    return [
        *(_dataset_file(table) for table in TABLES),
        _record_json(),
        *(_status_file(code) for code in TREATIES),
    ]


def find_data_file(name: str) -> DataFile | None:
    return next((data_file for data_file in data_files() if data_file.name == name), None)


def _dataset_file(table: Table) -> DataFile:
    def build() -> Content:
        rows = _rows(table)
        return Content(as_csv(table.spec.header, safe_rows(rows)).encode(), len(rows))

    return DataFile(table.spec.name, FILE_DESCRIPTIONS[table.spec.name], CSV, build)


def _record_json() -> DataFile:
    description = "The whole record as one JSON document: every file's rows as objects, with the data dictionary."
    return DataFile("treatywatch.json", description, JSON, _record_document)


def _record_document() -> Content:
    tables = {table_name(table.spec): _json_rows(table) for table in TABLES}
    document = {
        "generated": date.today().isoformat(),
        "notice": "Every row cites its source (source_id: a row of sources); a value the record does not know is null.",
        "dictionary": data_dictionary(),
        "tables": tables,
    }
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    return Content(text.encode(), sum(len(rows) for rows in tables.values()))


def _json_rows(table: Table) -> list[dict]:
    fields = table.spec.fields
    return [
        {field.name: _json_value(field, cell) for field, cell in zip(fields, cells)}
        for cells in _rows(table)
    ]


def _json_value(field: Field, cell: str):
    if cell == "":
        return None
    return int(cell) if field.kind in _NUMBER_KINDS else cell


def _status_file(code: str) -> DataFile:
    def build() -> Content:
        report = status_report(code, date.today())
        rows = [[report["as_of"], *_status_cells(state)] for state in report["states"]]
        return Content(
            as_csv(["as_of", *_STATUS_COLUMNS, "status_label"], safe_rows(rows)).encode(),
            len(rows),
        )

    treaty = TREATIES[code].short_name
    description = f"Every state's standing under the {treaty} today, computed by TreatyWatch from the record (not a file of the record)."
    return DataFile(f"status-{code}.csv", description, CSV, build, computed=True)


def _status_cells(state: dict) -> list[str]:
    cells = [state[column] or "" for column in _STATUS_COLUMNS]
    return [*cells, Status(state["status"]).label]
