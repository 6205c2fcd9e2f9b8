"""The record's columns take their limits from the dataset schema, so the validator checks
exactly what the database will hold: one definition of each length and choice."""

import pytest
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations

from treatywatch.record.tables import TABLES

COLUMNS = [
    pytest.param(table, spec_field, id=f"{table.spec.name}:{spec_field.name}")
    for table in TABLES
    for spec_field in table.spec.fields
    if spec_field.kind != "resolution"
]


def model_field(table, spec_field):
    return table.model._meta.get_field(table.renamed.get(spec_field.name, spec_field.name))


@pytest.mark.parametrize("table, spec_field", COLUMNS)
def test_a_column_with_a_length_has_the_schemas_length(table, spec_field):
    column = model_field(table, spec_field)
    if isinstance(column, models.ForeignKey):
        column = column.target_field
    if spec_field.kind == "choice" and column.max_length:
        # A choice is checked against the choices; its column need only hold the longest.
        assert column.max_length >= max(len(choice) for choice in spec_field.choices)
    else:
        assert getattr(column, "max_length", None) == spec_field.max_length


@pytest.mark.parametrize("table, spec_field", COLUMNS)
def test_a_column_with_choices_has_the_schemas_choices(table, spec_field):
    column = model_field(table, spec_field)
    if column.choices:
        assert tuple(value for value, _ in column.choices) == spec_field.choices


@pytest.mark.parametrize("table, spec_field", COLUMNS)
def test_a_number_column_holds_the_largest_number_the_schema_allows(table, spec_field):
    column = model_field(table, spec_field)
    if spec_field.kind == "count":
        # The portable range (SQLite would store more; PostgreSQL refuses a number past it).
        ranges = BaseDatabaseOperations.integer_field_ranges
        assert ranges[column.get_internal_type()][1] == spec_field.max_value
