import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from treatywatch.record.models import Revision, State
from treatywatch.site.views.history import REVISIONS_PER_PAGE

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


def test_a_load_shows_its_summary_with_its_rows_folded(client):
    page = client.get("/countries/usa/history/").content.decode()
    assert "Imported " in page
    assert re.search(r'<details class="revision-rows"><summary>Each of the \d+ rows', page)


def test_a_small_change_shows_its_diff_unfolded(client):
    an_update("TON")
    page = client.get("/countries/ton/history/").content.decode()
    article = page.split('class="revision"', 1)[1].split("</article>", 1)[0]
    assert "<del>1998.</del>" in article and "revision-rows" not in article


def test_a_long_history_is_paginated(client):
    for _ in range(REVISIONS_PER_PAGE + 2):
        an_update("TON")
    first = client.get("/countries/ton/history/").content.decode()
    assert first.count('<article class="revision"') == REVISIONS_PER_PAGE
    assert "Page 1 of 2" in first and 'href="?page=2"' in first
    second = client.get("/countries/ton/history/", {"page": 2}).content.decode()
    # The 27 updates and the load's revision.
    assert second.count('<article class="revision"') == 3


def test_inserted_text_is_not_underlined_like_a_link():
    css = (Path(__file__).parents[2] / "treatywatch/site/static/site/changes.css").read_text()
    rule = re.search(r"^ins \{([^}]*)\}", css, re.M).group(1)
    assert "text-decoration: none" in rule
