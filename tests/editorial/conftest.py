import pytest

from treatywatch.accounts.creation import create_account
from treatywatch.editorial.changes import RowChange
from treatywatch.record.models import Event
from treatywatch.record.row_changes import current_cells

PASSWORD = "correct horse battery staple"


@pytest.fixture
def researcher(db):
    return create_account("rita", "researcher", PASSWORD, "rita@example.org")


@pytest.fixture
def editor(db):
    return create_account("eddie", "editor", PASSWORD, "eddie@example.org")


@pytest.fixture
def us_event(db) -> dict:
    return current_cells(
        "events.csv", [Event.objects.filter(state="USA").order_by("id").first().id]
    )


def new_event(**cells) -> RowChange:
    row = {
        "id": "usa-2025-01-01-test-event",
        "iso3": "USA",
        "date": "2025-01-01",
        "category": "policy",
        "treaty": "mbt",
        "text": "A statement made for the test.",
        "source_id": "gao-02-1003",
    }
    return RowChange("events.csv", "create", None, {**row, **cells})


def corrected(cells: dict, **changes) -> RowChange:
    return RowChange("events.csv", "update", cells, {**cells, **changes})
