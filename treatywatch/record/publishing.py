"""Publishing reviewed changes: the rows are written and the revisions that record them
are created in the caller's transaction, which is where they are announced too
(record/signals.py: the search index and the alerts follow)."""

from treatywatch.record.change_log import ChangeLog
from treatywatch.record.row_changes import TABLES_BY_FILE, apply_row_change


def publish_changes(
    changes: list[tuple[str, dict | None, dict | None]], *, author, reviewer, comment: str
) -> list:
    """`changes` are (file, before, after) cells; returns the revisions written, one per state."""
    log = ChangeLog()
    for file, before, after in changes:
        apply_row_change(file, before, after)
        log.note_cells(TABLES_BY_FILE[file], before, after)
    return log.save(author=author, reviewer=reviewer, comment=comment)
