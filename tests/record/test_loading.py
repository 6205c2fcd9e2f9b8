import pytest

from treatywatch.record import models
from treatywatch.record.loading import DatasetRefused, load_dataset

pytestmark = pytest.mark.django_db


def empty_the_record():
    from treatywatch.record.tables import TABLES

    models.Revision.objects.all().delete()
    for table in reversed(TABLES):
        table.model.objects.all().delete()


def test_loading_the_bundled_dataset_into_an_empty_database_fills_every_table(bundled_data):
    empty_the_record()
    changes = load_dataset(bundled_data)
    assert models.State.objects.count() == changes.created["states.csv"] >= 195
    assert models.Vote.objects.count() == 7658
    assert models.TreatyAction.objects.filter(treaty="mbt", action="consent").count() == 166
    assert models.Figure.objects.filter(state="USA", as_of="2002").count() == 9


def test_loading_the_same_files_twice_changes_nothing(bundled_data):
    load_dataset(bundled_data)
    assert load_dataset(bundled_data).total == 0


def test_a_file_with_one_bad_row_loads_nothing_and_keeps_the_previous_record(
    dataset_copy, bundled_data
):
    load_dataset(bundled_data)
    event = dataset_copy.rows("events.csv")[0]
    dataset_copy.replace_text("events.csv", event["text"], "Edited text that must not be loaded.")
    dataset_copy.append(
        "treaty_actions.csv",
        [
            "mbt",
            "XXX",
            "consent",
            "2010-01-04",
            "accession",
            "",
            dataset_copy.source_of("treaty_actions.csv"),
            "",
        ],
    )
    with pytest.raises(DatasetRefused) as refused:
        load_dataset(dataset_copy.folder)
    assert [p.field for p in refused.value.problems] == ["iso3"]
    assert models.Event.objects.get(id=event["id"]).text == event["text"]


def test_a_changed_row_is_updated_and_a_removed_row_is_deleted(dataset_copy, bundled_data):
    load_dataset(bundled_data)
    event = dataset_copy.rows("events.csv")[0]
    dataset_copy.replace_text("events.csv", event["text"], "Corrected text.")
    figures = (dataset_copy.folder / "figures.csv").read_text().splitlines(keepends=True)
    (dataset_copy.folder / "figures.csv").write_text("".join(figures[:-1]))
    changes = load_dataset(dataset_copy.folder)
    assert (changes.updated["events.csv"], changes.deleted["figures.csv"], changes.total) == (
        1,
        1,
        2,
    )
    assert models.Event.objects.get(id=event["id"]).text == "Corrected text."


def test_an_event_known_only_to_the_year_is_dated_by_the_end_of_that_year(bundled_data):
    load_dataset(bundled_data)
    event = models.Event.objects.filter(date="1991").first()
    assert (event.date_start.isoformat(), event.date_end.isoformat()) == (
        "1991-01-01",
        "1991-12-31",
    )


def test_each_load_that_changes_a_state_records_an_update_for_it(dataset_copy, bundled_data):
    empty_the_record()
    load_dataset(bundled_data)
    first = models.Revision.objects.count()
    assert first >= 197 and models.Revision.objects.filter(state="USA").count() == 1
    load_dataset(bundled_data)
    assert models.Revision.objects.count() == first
    event = next(r for r in dataset_copy.rows("events.csv") if r["iso3"] == "USA")
    dataset_copy.replace_text("events.csv", event["text"], "Corrected text.")
    load_dataset(dataset_copy.folder)
    latest = models.Revision.objects.first()
    assert (latest.state_id, latest.summary) == ("USA", "1 event updated")
    [change] = latest.changes
    assert (change["file"], change["key"], change["change"]) == (
        "events.csv",
        event["id"],
        "updated",
    )
    assert change["before"] == event and change["after"] == {**event, "text": "Corrected text."}
    assert latest.author is None and latest.comment == "Loaded from the dataset files in data/"


def _rewrite_votes(dataset_copy, symbol: str, keep) -> int:
    """Keep the votes on `symbol` that `keep(n, row)` returns (a row, changed or not) or drop
    them (None); the resolution's roll call becomes partial. The number of votes touched."""
    import csv

    resolutions = dataset_copy.rows("unga_resolutions.csv")
    for row in resolutions:
        if row["symbol"] == symbol:
            row["roll_call"] = "partial"
    votes, kept, touched = dataset_copy.rows("unga_votes.csv"), [], 0
    on_symbol = 0
    for row in votes:
        if row["symbol"] == symbol:
            new, on_symbol = keep(on_symbol, row), on_symbol + 1
            touched += new != row
            if new is None:
                continue
            row = new
        kept.append(row)
    for name, rows in (("unga_resolutions.csv", resolutions), ("unga_votes.csv", kept)):
        with (dataset_copy.folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    return touched


def _resolution_reads_of_a_load(folder) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        load_dataset(folder)
    return sum(
        1
        for query in captured.captured_queries
        if query["sql"].startswith("SELECT") and 'FROM "record_resolution"' in query["sql"]
    )


def test_a_load_that_corrects_or_removes_many_votes_reads_their_resolutions_once(
    dataset_copy, bundled_data
):
    load_dataset(bundled_data)
    symbol = "A/RES/64/56"

    def every_other_vote_dropped_or_absent(n, row):
        if n % 2:
            return None
        return {**row, "vote": "absent"} if row["vote"] == "yes" else row

    assert _rewrite_votes(dataset_copy, symbol, every_other_vote_dropped_or_absent) > 100
    # Each corrected or removed vote used to read its resolution for its revision: one
    # query per vote. Now: the table, its ids, and once each for the corrected and removed.
    # One read more than the load's own: the campaigns app judges the asks on UN votes once
    # per publication (treatywatch/campaigns/facts.py), never once per vote.
    assert _resolution_reads_of_a_load(dataset_copy.folder) <= 5
    revision = models.Revision.objects.filter(state="AFG").first()
    assert {change["before"]["symbol"] for change in revision.changes} == {symbol}
