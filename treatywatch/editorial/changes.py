"""A proposed change to one row of the record, in the dataset's own terms: the file, and
the row's cells before and after. Creating a row has no `before`; deleting one no `after`."""

from dataclasses import dataclass

from treatywatch.dataset.schema import FILES, FileSpec

SPECS = {spec.name: spec for spec in FILES}
ACTIONS = ("create", "update", "delete")


@dataclass(frozen=True)
class RowChange:
    file: str
    action: str
    before: dict | None = None
    after: dict | None = None

    @classmethod
    def from_json(cls, data: dict) -> "RowChange":
        return cls(
            data.get("file", ""), data.get("action", ""), data.get("before"), data.get("after")
        )

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "action": self.action,
            "before": self.before,
            "after": self.after,
        }

    @property
    def spec(self) -> FileSpec:
        return SPECS[self.file]

    @property
    def row(self) -> dict:
        """The row as it will stand, or as it stood for a deletion."""
        return self.after if self.after is not None else self.before

    @property
    def key(self) -> tuple:
        return self.spec.key_of(self.row)

    @property
    def label(self) -> str:
        return f"{self.file} {'/'.join(self.key)}"

    def shape_problems(self) -> list[str]:
        """What makes the change unreadable before any check against the record."""
        if self.file not in SPECS:
            return [f"unknown file '{self.file}': choose one of {', '.join(SPECS)}"]
        if self.action not in ACTIONS:
            return [f"unknown action '{self.action}': choose create, update or delete"]
        needed = {"create": (False, True), "update": (True, True), "delete": (True, False)}[
            self.action
        ]
        return _presence_problems(self, *needed) or _cell_problems(self) or _key_problems(self)


def _presence_problems(change: RowChange, needs_before: bool, needs_after: bool) -> list[str]:
    problems = []
    if needs_before != (change.before is not None):
        problems.append(f"a {change.action} {'needs' if needs_before else 'takes no'} 'before' row")
    if needs_after != (change.after is not None):
        problems.append(f"a {change.action} {'needs' if needs_after else 'takes no'} 'after' row")
    return problems


def _cell_problems(change: RowChange) -> list[str]:
    header = change.spec.header
    problems = []
    for side, row in (("before", change.before), ("after", change.after)):
        if row is not None and (not isinstance(row, dict) or sorted(row) != sorted(header)):
            problems.append(
                f"'{side}' must have exactly the columns of {change.file}: {', '.join(header)}"
            )
        elif row is not None and not all(isinstance(value, str) for value in row.values()):
            problems.append(f"'{side}' cells must all be text, as in the CSV file")
    return problems


def _key_problems(change: RowChange) -> list[str]:
    if change.action == "update" and change.spec.key_of(change.before) != change.spec.key_of(
        change.after
    ):
        return [
            f"an update keeps the row's key ({', '.join(change.spec.key)}): delete the row and create a new one instead"
        ]
    return []
