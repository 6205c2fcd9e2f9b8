"""The record as it was published at a past moment: today's rows with every later revision
undone, newest first. Each revision keeps the cells of the rows it changed, before and
after, which is all it takes. Answers what the live reader (readers.py) answers."""

from collections import Counter
from datetime import datetime

from treatywatch.record import models
from treatywatch.record.exporting import row_cells
from treatywatch.record.row_changes import typed_row
from treatywatch.record.tables import TABLES, Table
from treatywatch.record.treaty_records import treaty_record_of

_BY_FILE = {table.spec.name: table for table in TABLES}


class PublishedRecord:
    def __init__(self, when: datetime):
        self.when = when
        rows = rows_as_published(when)
        self._sources = {
            cells["id"]: _instance(_BY_FILE["sources.csv"], cells, {})
            for cells in rows["sources.csv"].values()
        }
        # Unsaved resolutions need ids of their own for the votes to point at.
        self._resolution_ids = {
            symbol: n for n, (symbol,) in enumerate(sorted(rows["unga_resolutions.csv"]), 1)
        }
        self._objects = {
            file: [self._linked(file, cells) for cells in by_key.values()]
            for file, by_key in rows.items()
        }

    @property
    def has_been_published(self) -> bool:
        return bool(self._objects["states.csv"])

    def state(self, iso3: str) -> models.State:
        found = [state for state in self._objects["states.csv"] if state.iso3 == iso3]
        if not found:
            raise models.State.DoesNotExist(iso3)
        return found[0]

    def actions(self, iso3):
        return self._of_state("treaty_actions.csv", iso3)

    def events(self, iso3):
        return sorted(self._of_state("events.csv", iso3), key=lambda e: (e.date_start, e.id))

    def figures(self, iso3):
        return self._of_state("figures.csv", iso3)

    def extensions(self, iso3):
        return self._of_state("extensions.csv", iso3)

    def completions(self, iso3):
        return self._of_state("compliance.csv", iso3)

    def measures(self, iso3):
        return self._of_state("national_measures.csv", iso3)

    def attendance(self, iso3):
        meetings = {meeting.code: meeting for meeting in self._objects["meetings.csv"]}
        found = self._of_state("meeting_attendance.csv", iso3)
        for row in found:
            row.meeting = meetings[row.meeting_id]
        return found

    def votes(self, iso3):
        return self._of_state("unga_votes.csv", iso3)

    def resolutions(self):
        return sorted(self._objects["unga_resolutions.csv"], key=lambda r: (r.year, r.symbol))

    def treaty_record(self, code: str):
        return treaty_record_of(
            code,
            states=self._objects["states.csv"],
            actions=self._objects["treaty_actions.csv"],
            conflicts=self._objects["armed_conflicts.csv"],
            extensions=self._objects["extensions.csv"],
            completions=self._objects["compliance.csv"],
        )

    def most_cited_action_sources(self) -> dict:
        uses = Counter((a.treaty, a.source_id) for a in self._objects["treaty_actions.csv"])
        best = {}
        for (treaty, source_id), _ in sorted(uses.items(), key=lambda item: (-item[1], item[0][1])):
            best.setdefault(treaty, self._sources[source_id])
        return best

    def last_updated(self, iso3: str):
        published = models.Revision.objects.filter(published_at__lte=self.when).order_by(
            "-published_at"
        )
        mine = published.filter(state_id=iso3).values_list("published_at", flat=True).first()
        return mine or published.values_list("published_at", flat=True).first()

    def _of_state(self, file: str, iso3: str) -> list:
        return [obj for obj in self._objects[file] if obj.state_id == iso3]

    def _linked(self, file: str, cells: dict):
        obj = _instance(_BY_FILE[file], cells, self._resolution_ids)
        if hasattr(obj, "source_id") and obj.source_id in self._sources:
            obj.source = self._sources[obj.source_id]
        if isinstance(obj, models.Resolution):
            obj.pk = self._resolution_ids[obj.symbol]
            obj.date_source = self._sources.get(obj.date_source_id)
        return obj


def rows_as_published(when: datetime) -> dict[str, dict[tuple, dict]]:
    """Every file's rows, by key, as they stood at `when`."""
    rows = {table.spec.name: _current_rows(table) for table in TABLES}
    for revision in models.Revision.objects.filter(published_at__gt=when).order_by(
        "-published_at", "-id"
    ):
        for change in reversed(revision.changes):
            _undo(rows[change["file"]], _BY_FILE[change["file"]], change)
    return rows


def _current_rows(table: Table) -> dict[tuple, dict]:
    objects = table.model.objects.all()
    if table.model is models.Vote:
        objects = objects.select_related("resolution")
    return {table.spec.key_of(cells): cells for cells in (row_cells(table, obj) for obj in objects)}


def _undo(rows: dict, table: Table, change: dict) -> None:
    before, after = change.get("before"), change.get("after")
    if after is not None:
        rows.pop(table.spec.key_of(after), None)
    if before is not None:
        rows[table.spec.key_of(before)] = before


def _instance(table: Table, cells: dict, resolution_ids: dict):
    return table.model(**table.model_values(typed_row(table, cells), resolution_ids))
