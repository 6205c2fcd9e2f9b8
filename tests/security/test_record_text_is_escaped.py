"""Text from the record reaches a reader as text, never as markup: a state name, a source's
title and an event's text that hold a <script> are shown escaped on every page that shows
them. The hostile record is loaded through the real loader, inside the test's transaction."""

import csv

import pytest

from treatywatch.record.loading import load_dataset

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("treatywatch")</script>'
RAW = "<script>alert("
ESCAPED = "&lt;script&gt;alert("

PAGES = [
    "/",
    "/countries/",
    "/countries/ton/",
    "/countries/usa/",
    "/treaties/mbt/",
    "/search/?q=Tonga",
]


def _append_to_field(path, key_field: str, key: str, field: str, text: str) -> None:
    """Rewrite one CSV file with `text` added to one row's field."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows:
        if row[key_field] == key:
            row[field] += text
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def hostile_record(dataset_copy):
    folder = dataset_copy.folder
    _append_to_field(folder / "states.csv", "iso3", "TON", "name", f" {HOSTILE}")
    _append_to_field(folder / "sources.csv", "id", "gao-02-1003", "title", f" {HOSTILE}")
    _append_to_field(
        folder / "events.csv",
        "id",
        "usa-1991-gulf-war-117634-mines-scattered",
        "text",
        f" {HOSTILE}",
    )
    load_dataset(folder)


@pytest.mark.parametrize("address", PAGES)
def test_record_text_holding_markup_is_shown_escaped(client, hostile_record, address):
    response = client.get(address)
    assert response.status_code == 200
    page = response.content.decode()
    assert RAW not in page, f"{address} shows record text as markup"
    assert ESCAPED in page, (
        f"{address} shows none of the hostile record text: is it the right page?"
    )
