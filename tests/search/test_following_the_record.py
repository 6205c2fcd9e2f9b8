"""Search follows the record: what a load or an editor publishes is found at once, since
the index is rebuilt in the publishing transaction (record.signals.revisions_published)."""

import pytest

from treatywatch.record.loading import load_dataset
from treatywatch.search.index import search

pytestmark = pytest.mark.django_db


def test_text_loaded_from_the_dataset_is_found_at_once(dataset_copy, bundled_data):
    load_dataset(bundled_data)
    event = next(r for r in dataset_copy.rows("events.csv") if r["iso3"] == "USA")
    dataset_copy.replace_text("events.csv", event["text"], "Corrected quokkaword text.")
    assert search("quokkaword") == []
    load_dataset(dataset_copy.folder)
    assert [hit.url for hit in search("quokkaword")] == [f"/countries/usa/#event-{event['id']}"]


def test_an_event_an_editor_publishes_is_found_at_once():
    from treatywatch.accounts.creation import create_account
    from treatywatch.editorial.changes import RowChange
    from treatywatch.editorial.workflow import publish_directly

    editor = create_account("eddie", "editor", "correct horse battery staple")
    row = {
        "id": "usa-2025-01-01-wombatword",
        "iso3": "USA",
        "date": "2025-01-01",
        "category": "policy",
        "treaty": "mbt",
        "text": "A statement with wombatword.",
        "source_id": "gao-02-1003",
    }
    assert search("wombatword") == []
    publish_directly(editor, "New statement.", [RowChange("events.csv", "create", None, row)])
    assert [hit.url for hit in search("wombatword")] == [
        "/countries/usa/#event-usa-2025-01-01-wombatword"
    ]
