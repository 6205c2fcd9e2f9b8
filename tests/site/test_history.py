from datetime import UTC, datetime

import pytest

from treatywatch.record.models import Revision, State

pytestmark = pytest.mark.django_db


def an_update(iso3: str) -> Revision:
    return Revision.objects.create(
        published_at=datetime(2030, 1, 2, tzinfo=UTC),
        state=State.objects.get(iso3=iso3),
        state_name="Tonga",
        summary="1 event updated",
        comment="The date was a year off.",
        changes=[
            {
                "file": "events.csv",
                "key": "ton-x",
                "change": "updated",
                "before": {"id": "ton-x", "text": "Tonga signed in 1998."},
                "after": {"id": "ton-x", "text": "Tonga signed in 1997."},
            }
        ],
    )


def test_the_history_shows_each_change_as_a_diff_of_its_fields(client):
    an_update("TON")
    page = client.get("/countries/ton/history/").content.decode()
    assert "1 event updated" in page and "Why: The date was a year off." in page
    assert "<del>1998.</del>" in page and "<ins>1997.</ins>" in page
    assert "events.csv ton-x (updated)" in page


def test_the_history_links_back_to_the_profile_and_its_feed(client):
    page = client.get("/countries/ton/history/").content.decode()
    assert 'href="/countries/ton/"' in page and 'href="/countries/ton/feed.atom"' in page


def test_an_upper_case_code_redirects_to_the_lower_case_history(client):
    response = client.get("/countries/TON/history/")
    assert response.status_code == 301 and response["Location"] == "/countries/ton/history/"


def test_the_history_of_an_unknown_country_is_a_404(client):
    assert client.get("/countries/xyz/history/").status_code == 404
