"""A revision's summary: each kind of row changed, counted; a load that only adds rows (the
first import) reads as one line, "Imported 3 treaty actions, 40 UNGA votes and 2 events"."""

import re

import pytest

from treatywatch.record.change_log import _summary
from treatywatch.record.models import Revision


def rows(file: str, change: str, count: int) -> list[dict]:
    return [{"file": file, "change": change}] * count


@pytest.mark.parametrize(
    ("changes", "loaded", "summary"),
    [
        (
            rows("unga_votes.csv", "created", 4061) + rows("treaty_actions.csv", "created", 526),
            True,
            "Imported 526 treaty actions and 4,061 UNGA votes",
        ),
        (rows("events.csv", "created", 1), True, "Imported 1 event"),
        (
            rows("states.csv", "created", 2) + rows("events.csv", "created", 3),
            True,
            "Imported 2 state entries and 3 events",
        ),
        (
            rows("events.csv", "created", 2) + rows("figures.csv", "updated", 1),
            True,
            "2 events created; 1 figure updated",
        ),
        # An editor adding rows is no import.
        (rows("events.csv", "created", 2), False, "2 events created"),
    ],
)
def test_a_summary_counts_each_kind_of_row_and_a_pure_load_reads_as_imported(
    changes, loaded, summary
):
    assert _summary(changes, loaded=loaded) == summary


@pytest.mark.django_db
def test_the_bundled_load_gave_each_state_one_imported_revision():
    revision = Revision.objects.get(state_id="USA")
    assert re.fullmatch(r"Imported (\d[\d,]* [a-zA-Z ]+(, | and )?)+", revision.summary)
    assert "UNGA votes" in revision.summary
    assert Revision.objects.get(state=None).summary.startswith("Imported ")
