"""Loading a checked dataset folder into the database: all of it in one transaction, or
nothing. Rows are matched on their keys, so loading the same files twice changes nothing."""

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from treatywatch.dataset import Problem, validate_dataset
from treatywatch.dataset.reader import Dataset
from treatywatch.record.change_log import ChangeLog, typed_cells
from treatywatch.record.exporting import row_cells
from treatywatch.record.locking import lock_record
from treatywatch.record.models import Resolution
from treatywatch.record.tables import TABLES, Table


class DatasetRefused(Exception):
    """The folder has problems; nothing was loaded."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s) in the dataset; nothing was loaded")
        self.problems = problems


@dataclass
class Changes:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    log: ChangeLog = field(default_factory=ChangeLog)

    @property
    def total(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values()) + sum(self.deleted.values())


def load_dataset(folder: Path) -> Changes:
    dataset, problems = validate_dataset(folder)
    if problems:
        raise DatasetRefused(problems)
    with transaction.atomic():
        lock_record()
        changes = _synchronise(dataset)
        # Writes the revisions and announces them (record/signals.py): search and alerts follow.
        changes.log.save(comment=f"Loaded from the dataset files in {Path(folder).name}/")
        return changes


def _synchronise(dataset: Dataset) -> Changes:
    changes, stale, resolution_ids = Changes(), {}, {}
    for table in TABLES:
        stale[table.spec.name] = _upsert(table, dataset[table.spec.name], resolution_ids, changes)
        if table.spec.name == "unga_resolutions.csv":
            resolution_ids.update(table.model.objects.values_list("symbol", "id"))
    # Children before parents, so no row is deleted while another still points at it.
    for table in reversed(TABLES):
        _delete(table, stale[table.spec.name], changes)
    return changes


def _upsert(table: Table, rows, resolution_ids, changes: Changes) -> list:
    """Create and update the table's rows from the file's; the rows the file no longer
    holds, read with the others (nothing writes them before they are deleted)."""
    existing = {table.key_of(vars(obj)): obj for obj in table.model.objects.all()}
    desired = {}
    for row in rows:
        values = table.model_values(row.values, resolution_ids)
        desired[table.key_of(values)] = (values, typed_cells(table, row.values))
    new = [
        _created(table, values, cells, changes.log)
        for key, (values, cells) in desired.items()
        if key not in existing
    ]
    changed = [
        (obj, *desired[key])
        for key, obj in existing.items()
        if key in desired and _differing(obj, desired[key][0])
    ]
    for (obj, values, cells), before in zip(changed, _cells_of(table, [c[0] for c in changed])):
        changes.log.note_cells(table, before, cells)
        for name, value in _differing(obj, values).items():
            setattr(obj, name, value)
    table.model.objects.bulk_create(new, batch_size=500)
    if changed:
        objects = [obj for obj, _, _ in changed]
        table.model.objects.bulk_update(objects, _updatable_fields(table), batch_size=500)
    changes.created[table.spec.name], changes.updated[table.spec.name] = len(new), len(changed)
    return [obj for key, obj in existing.items() if key not in desired]


def _created(table: Table, values: dict, cells: dict, log: ChangeLog):
    log.note_cells(table, None, cells)
    return table.model(**values)


def _differing(obj, values: dict) -> dict:
    return {name: value for name, value in values.items() if getattr(obj, name) != value}


def _cells_of(table: Table, objects: list) -> list[dict]:
    """Each object's row of the file, as it stands in the database. A vote's row names its
    resolution: they are read in one query, not one per vote. (All of them: Django's
    prefetch asks SQLite for more than 1,000 with an expression too deep for it.)"""
    if objects and any(spec_field.kind == "resolution" for spec_field in table.spec.fields):
        resolutions = Resolution.objects.in_bulk()
        for obj in objects:
            obj.resolution = resolutions[obj.resolution_id]
    return [row_cells(table, obj) for obj in objects]


def _updatable_fields(table: Table) -> list[str]:
    return [f.attname for f in table.model._meta.concrete_fields if not f.primary_key]


def _delete(table: Table, stale_rows: list, changes: Changes) -> None:
    for before in _cells_of(table, stale_rows):
        changes.log.note_cells(table, before, None)
    stale = [obj.pk for obj in stale_rows]
    for start in range(0, len(stale), 500):
        table.model.objects.filter(pk__in=stale[start : start + 500]).delete()
    changes.deleted[table.spec.name] = len(stale)
