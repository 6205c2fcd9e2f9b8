"""Reading the dataset folder into typed rows, each remembering its file and line."""

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from treatywatch.dataset.fields import parse_cell
from treatywatch.dataset.problems import Problem
from treatywatch.dataset.schema import FILES, FileSpec


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    values: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def problem(self, field_name: str, message: str) -> Problem:
        return Problem(self.file, self.line, field_name, message)


@dataclass
class Dataset:
    """Every row that could be read, by file name, and every problem met on the way."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __getitem__(self, file_name: str) -> list[Row]:
        return self.rows.get(file_name, [])


def read_dataset(folder: Path) -> Dataset:
    dataset = Dataset()
    for spec in FILES:
        dataset.rows[spec.name] = _read_file(Path(folder) / spec.name, spec, dataset.problems)
    return dataset


def _read_file(path: Path, spec: FileSpec, problems: list[Problem]) -> list[Row]:
    if not path.is_file():
        problems.append(Problem(spec.name, 0, "(file)", f"missing: expected {path}"))
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        if header != spec.header:
            problems.append(_header_problem(spec, header))
            return []
        return list(_read_rows(reader, spec, problems))


def _header_problem(spec: FileSpec, header: list[str]) -> Problem:
    expected = ",".join(spec.header)
    return Problem(
        spec.name, 1, "(header)", f"columns are '{','.join(header)}'; expected '{expected}'"
    )


def _read_rows(reader, spec: FileSpec, problems: list[Problem]):
    start = 2
    for cells in reader:
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        row = _read_row(cells, line, spec, problems)
        if row is not None:
            yield row


def _read_row(cells: list[str], line: int, spec: FileSpec, problems: list[Problem]) -> Row | None:
    if len(cells) != len(spec.fields):
        problems.append(
            Problem(
                spec.name, line, "(row)", f"has {len(cells)} cells; expected {len(spec.fields)}"
            )
        )
        return None
    values, ok = {}, True
    for cell, spec_field in zip(cells, spec.fields):
        try:
            values[spec_field.name] = parse_cell(cell, spec_field)
        except ValueError as error:
            problems.append(Problem(spec.name, line, spec_field.name, str(error)))
            ok = False
    return Row(spec.name, line, values) if ok else None
