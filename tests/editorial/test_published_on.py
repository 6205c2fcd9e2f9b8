"""`?published_on=` shows a profile as the monitor published it that day, distinct from
`?as_of=` (what the record now says about that day)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from treatywatch.editorial.workflow import approve, propose
from treatywatch.record.models import Revision
from treatywatch.record.published import PublishedRecord

from .conftest import corrected

pytestmark = pytest.mark.django_db


def backdate_record(days: int) -> None:
    """Make the bundled record look as if it had been published `days` ago."""
    Revision.objects.update(published_at=timezone.now() - timedelta(days=days))


def test_a_correction_published_today_is_not_in_the_profile_as_published_yesterday(
    researcher, editor, us_event
):
    backdate_record(30)
    approve(
        propose(researcher, "Fix.", [corrected(us_event, text="Corrected today.")]),
        editor,
        "Checked.",
    )
    yesterday = (timezone.now() - timedelta(days=1)).date().isoformat()
    then = Client().get(f"/countries/usa/?published_on={yesterday}").content.decode()
    now = Client().get("/countries/usa/").content.decode()
    assert "Corrected today." not in then and us_event["text"][:40] in then
    assert "Corrected today." in now
    assert "as TreatyWatch published it on" in then


def test_a_deleted_row_comes_back_in_the_record_as_published_before_the_deletion(
    researcher, editor, us_event
):
    from treatywatch.editorial.changes import RowChange

    backdate_record(30)
    approve(
        propose(researcher, "Remove.", [RowChange("events.csv", "delete", us_event, None)]),
        editor,
        "Yes.",
    )
    before = PublishedRecord(timezone.now() - timedelta(days=1))
    assert us_event["id"] in [e.id for e in before.events("USA")]
    assert us_event["id"] not in [e.id for e in PublishedRecord(timezone.now()).events("USA")]


def test_the_record_as_published_now_matches_the_live_record():
    from treatywatch.record.readers import LIVE

    published = PublishedRecord(timezone.now())
    assert [e.id for e in published.events("USA")] == [e.id for e in LIVE.events("USA")]
    assert published.treaty_record("mbt").counts_on(timezone.now().date()) == LIVE.treaty_record(
        "mbt"
    ).counts_on(timezone.now().date())


def test_before_anything_was_published_the_profile_is_a_404():
    backdate_record(30)
    long_ago = (timezone.now() - timedelta(days=60)).date().isoformat()
    assert Client().get(f"/countries/usa/?published_on={long_ago}").status_code == 404


@pytest.mark.parametrize(
    "value, status", [("2014-13-01", 400), ("yesterday", 400), ("2999-01-01", 400)]
)
def test_a_bad_published_on_is_a_400(value, status):
    assert Client().get(f"/countries/usa/?published_on={value}").status_code == status
