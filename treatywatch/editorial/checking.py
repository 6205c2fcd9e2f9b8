"""Checking proposed changes against the record as it stands now, with the same validator
that guards the dataset files: the record is exported, the changes applied to the files,
and the result validated. One set of rules for files and for proposals."""

import csv
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from treatywatch.dataset import validate_dataset
from treatywatch.editorial.changes import RowChange
from treatywatch.record.exporting import as_csv, export_dataset


@dataclass
class Verdict:
    stale: list[str] = field(default_factory=list)  # the record changed since the proposal
    problems: list[str] = field(default_factory=list)  # the result would break a rule

    @property
    def ok(self) -> bool:
        return not self.stale and not self.problems


def check_changes(changes: list[RowChange]) -> Verdict:
    with tempfile.TemporaryDirectory(prefix="treatywatch-proposal-") as folder:
        folder = Path(folder)
        export_dataset(folder)
        verdict = Verdict(stale=_stale(folder, changes))
        if not verdict.stale:
            lines = _apply_to_files(folder, changes)
            verdict.problems = [_located(problem, lines) for problem in validate_dataset(folder)[1]]
    return verdict


def _rows_by_key(folder: Path, file: str, spec) -> dict[tuple, dict]:
    with (folder / file).open(newline="", encoding="utf-8") as handle:
        return {spec.key_of(row): row for row in csv.DictReader(handle)}


def _stale(folder: Path, changes: list[RowChange]) -> list[str]:
    messages = []
    for change in changes:
        current = _rows_by_key(folder, change.file, change.spec).get(change.key)
        if change.action == "create" and current is not None:
            messages.append(f"{change.label} exists already: propose an update of it instead")
        elif change.action != "create" and current != change.before:
            what = "was deleted" if current is None else "has been changed"
            messages.append(
                f"{change.label} {what} since this proposal was made: review the current record and propose again"
            )
    return messages


def _apply_to_files(folder: Path, changes: list[RowChange]) -> dict[tuple[str, int], str]:
    """Rewrite the files with the changes; the changed rows go last, and their lines are returned."""
    lines = {}
    for file in dict.fromkeys(change.file for change in changes):
        mine = [change for change in changes if change.file == file]
        rows = _rows_by_key(folder, file, mine[0].spec)
        for change in mine:
            rows.pop(change.key, None)
        kept = list(rows.values())
        written = [change for change in mine if change.after is not None]
        for offset, change in enumerate(written):
            lines[(file, len(kept) + 2 + offset)] = change.label
        header = mine[0].spec.header
        text = as_csv(
            header, [[row[name] for name in header] for row in kept + [c.after for c in written]]
        )
        (folder / file).write_text(text, encoding="utf-8", newline="")
    return lines


def _located(problem, lines: dict[tuple[str, int], str]) -> str:
    where = lines.get((problem.file, problem.line))
    return f"{where}: {problem.field}: {problem.message}" if where else str(problem)
