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
    changes, kept, resolution_ids = Changes(), {}, {}
    for table in TABLES:
        kept[table.spec.name] = _upsert(table, dataset[table.spec.name], resolution_ids, changes)
        if table.spec.name == "unga_resolutions.csv":
            resolution_ids.update(table.model.objects.values_list("symbol", "id"))
    # Children before parents, so no row is deleted while another still points at it.
    for table in reversed(TABLES):
        _delete_others(table, kept[table.spec.name], changes)
    return changes


def _upsert(table: Table, rows, resolution_ids, changes: Changes) -> set:
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
        obj
        for key, obj in existing.items()
        if key in desired and _updated(table, obj, *desired[key], changes.log)
    ]
    table.model.objects.bulk_create(new, batch_size=500)
    if changed:
        table.model.objects.bulk_update(changed, _updatable_fields(table), batch_size=500)
    changes.created[table.spec.name], changes.updated[table.spec.name] = len(new), len(changed)
    return set(desired)


def _created(table: Table, values: dict, cells: dict, log: ChangeLog):
    log.note_cells(table, None, cells)
    return table.model(**values)


def _updated(table: Table, obj, values: dict, cells: dict, log: ChangeLog) -> bool:
    """Set the values that differ, noting the row before and after; True if any did."""
    differing = {name: value for name, value in values.items() if getattr(obj, name) != value}
    if differing:
        log.note_cells(table, row_cells(table, obj), cells)
    for name, value in differing.items():
        setattr(obj, name, value)
    return bool(differing)


def _updatable_fields(table: Table) -> list[str]:
    return [f.attname for f in table.model._meta.concrete_fields if not f.primary_key]


def _delete_others(table: Table, kept: set, changes: Changes) -> None:
    stale_rows = [obj for obj in table.model.objects.all() if table.key_of(vars(obj)) not in kept]
    for obj in stale_rows:
        changes.log.note_cells(table, row_cells(table, obj), None)
    stale = [obj.pk for obj in stale_rows]
    for start in range(0, len(stale), 500):
        table.model.objects.filter(pk__in=stale[start : start + 500]).delete()
    changes.deleted[table.spec.name] = len(stale)
