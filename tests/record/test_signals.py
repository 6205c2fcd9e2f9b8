"""The record announces every publication through record.signals.revisions_published,
inside the publishing transaction, and does not know who listens."""

import pytest
from django.db import transaction

from treatywatch.record import models
from treatywatch.record.loading import load_dataset
from treatywatch.record.signals import revisions_published

pytestmark = pytest.mark.django_db


@pytest.fixture
def announced():
    """The revisions of every announcement made while the test runs, one list each."""
    heard = []

    def listen(sender, revisions, **kwargs):
        heard.append(list(revisions))

    revisions_published.connect(listen, dispatch_uid="test.announced")
    yield heard
    revisions_published.disconnect(dispatch_uid="test.announced")


def corrected_usa_event(dataset_copy) -> str:
    event = next(r for r in dataset_copy.rows("events.csv") if r["iso3"] == "USA")
    dataset_copy.replace_text("events.csv", event["text"], "Corrected quokkaword text.")
    return event["id"]


def test_a_load_that_changes_the_record_announces_its_revisions_once(
    announced, dataset_copy, bundled_data
):
    load_dataset(bundled_data)
    corrected_usa_event(dataset_copy)
    load_dataset(dataset_copy.folder)
    [revisions] = announced
    assert [(r.state_id, r.summary) for r in revisions] == [("USA", "1 event updated")]
    assert revisions == list(models.Revision.objects.filter(pk=revisions[0].pk))


def test_a_load_that_changes_nothing_announces_nothing(announced, bundled_data):
    load_dataset(bundled_data)
    assert announced == []


def test_a_listener_that_fails_rolls_the_publication_back(dataset_copy, bundled_data):
    load_dataset(bundled_data)
    event_id = corrected_usa_event(dataset_copy)

    def fail(sender, revisions, **kwargs):
        raise RuntimeError("a listener failed")

    revisions_published.connect(fail, dispatch_uid="test.fail")
    try:
        with pytest.raises(RuntimeError), transaction.atomic():
            load_dataset(dataset_copy.folder)
    finally:
        revisions_published.disconnect(dispatch_uid="test.fail")
    assert models.Event.objects.get(id=event_id).text != "Corrected quokkaword text."
