"""The record as the importers compare with it: each dataset file's rows as cells, the
same cells a proposal's `before` holds. Pure: the command reads them from the database
(`record_snapshot.py`); tests may build them by hand."""

from dataclasses import dataclass


@dataclass(frozen=True)
class RecordRows:
    files: dict[str, list[dict[str, str]]]

    def rows(self, file: str) -> list[dict[str, str]]:
        return self.files.get(file, [])

    def ids(self, file: str, column: str) -> set[str]:
        return {row[column] for row in self.rows(file)}


@dataclass(frozen=True)
class Findings:
    """What an importer found: the changes to propose, in the order they apply, and what
    a person should know that is not a change (a vote left out, a row left as recorded)."""

    changes: list
    notes: list[str]
