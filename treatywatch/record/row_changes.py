"""Writing one row of the record, given its cells as the dataset file has them."""

from treatywatch.dataset.fields import parse_cell
from treatywatch.dataset.partial_date import PartialDate
from treatywatch.dataset.schema import Field
from treatywatch.record.models import Resolution
from treatywatch.record.tables import TABLES, Table

TABLES_BY_FILE = {table.spec.name: table for table in TABLES}


def apply_row_change(file: str, before: dict | None, after: dict | None) -> None:
    """Create (no before), update, or delete (no after) one row. The cells must have been
    validated: a cell that cannot be read here is a bug, not bad input."""
    table = TABLES_BY_FILE[file]
    resolution_ids = _resolution_ids(table)
    current = _find(table, before, resolution_ids) if before is not None else None
    if after is None:
        current.delete()
        return
    values = table.model_values(typed_row(table, after), resolution_ids)
    if current is None:
        table.model.objects.create(**values)
        return
    for name, value in values.items():
        setattr(current, name, value)
    current.save()


def typed_row(table: Table, cells: dict) -> dict:
    """A row's cells read into typed values, as the dataset reader would."""
    return {field.name: parse_cell(cells[field.name], field) for field in table.spec.fields}


def _find(table: Table, cells: dict, resolution_ids: dict):
    values = table.model_values(typed_row(table, cells), resolution_ids)
    return table.model.objects.get(**{name: values[name] for name in table.key})


def _resolution_ids(table: Table) -> dict[str, int]:
    if not any(field.kind == "resolution" for field in table.spec.fields):
        return {}
    return dict(Resolution.objects.values_list("symbol", "id"))


def current_cells(file: str, key: list[str]) -> dict | None:
    """The row of `file` whose key cells are `key`, as cells; None if there is none.
    ValueError if a key cell cannot be read."""
    from treatywatch.record.exporting import row_cells

    table = TABLES_BY_FILE[file]
    fields = {field.name: field for field in table.spec.fields}
    cells = {name: key[i] if i < len(key) else "" for i, name in enumerate(table.spec.key)}
    lookup = {
        _lookup_name(table, fields[name]): _lookup_value(table, fields[name], text)
        for name, text in cells.items()
    }
    obj = table.model.objects.filter(**lookup).first()
    return row_cells(table, obj) if obj is not None else None


def _lookup_name(table: Table, field) -> str:
    if field.kind == "resolution":
        return "resolution__symbol"
    return table.renamed.get(field.name, field.name)


def _lookup_value(table: Table, field, text: str):
    value = parse_cell(text, Field(field.name, field.kind, required=False, choices=field.choices))
    if value is None and field.kind != "resolution":
        return None if table.model._meta.get_field(_lookup_name(table, field)).null else ""
    return str(value) if isinstance(value, PartialDate) else value
