"""One line per proposed change, for the person running an import: what is added (+) or
changed (~), named by the row's file and key, with the cells that matter to a reader."""

from treatywatch.editorial.changes import RowChange

# Cells a line leaves out: the citation is the same for every row an import proposes, and
# notes are read in the proposal itself.
_UNSHOWN = ("source_id", "date_source_id", "notes")


def change_line(change: RowChange) -> str:
    if change.action == "update":
        return f"~ {change.label}: {_differences(change.before, change.after)}"
    return f"+ {change.label}: {_cells(change)}"


def _cells(change: RowChange) -> str:
    if change.file == "sources.csv":
        return change.after["title"]
    shown = [
        f"{name} {change.after[name]}"
        for name in change.spec.header
        if change.after[name] and name not in change.spec.key and name not in _UNSHOWN
    ]
    return ", ".join(shown)


def _differences(before: dict, after: dict) -> str:
    changed = [
        f"{name} {before[name] or '(empty)'} -> {after[name] or '(empty)'}"
        for name in before
        if before[name] != after[name] and name not in _UNSHOWN
    ]
    return "; ".join(changed) or "source only"
