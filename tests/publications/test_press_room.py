"""`/publications/`: the press room, its filters, and each publication's claims checked
against the record as of its date."""

from html import unescape

import pytest

from treatywatch.publications.checking import check_publication
from treatywatch.record.models import Publication
from treatywatch.record.publishing import publish_changes
from treatywatch.record.row_changes import current_cells

pytestmark = pytest.mark.django_db


def listed(client, query: str = "") -> list[str]:
    page = client.get(f"/publications/{query}").content.decode()
    return [p.id for p in Publication.objects.all() if p.get_absolute_url() in page]


def test_at_least_twenty_publications_are_listed_each_with_checked_claims(client):
    publications = list(Publication.objects.all())
    assert len(listed(client)) == len(publications) >= 20
    unchecked = [p.id for p in publications if not check_publication(p).report.checked]
    assert unchecked == []


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?kind=letter", {"uscbl-2014-09-12-letter-obama", "uscbl-2022-01-31-letter-biden"}),
        ("?kind=letter&year=2022", {"uscbl-2022-01-31-letter-biden"}),
        (
            "?state=UKR",
            {
                "uscbl-2024-11-20-condemns-transfer",
                "hrw-2024-12-13-us-transfers-contravene-policy",
                "hrw-2024-12-13-qa-us-landmine-transfers",
            },
        ),
        ("?organisation=mines+advisory", {"mag-2025-12-27-withdrawal-statement"}),
        # Before a publication's date, the press room does not know it yet.
        ("?kind=letter&as_of=2020-01-01", {"uscbl-2014-09-12-letter-obama"}),
    ],
)
def test_the_filters_narrow_the_list(client, query, expected):
    assert set(listed(client, query)) == expected


@pytest.mark.parametrize(
    "query, message",
    [
        ("?kind=tweet", "kind: 'tweet' is not one of letter"),
        ("?year=22", "year: '22' is not a year"),
        ("?state=XXX", "state: 'XXX' is not a state"),
    ],
)
def test_a_bad_filter_is_a_400_that_says_what_would_do(client, query, message):
    response = client.get(f"/publications/{query}")
    assert response.status_code == 400
    assert message in unescape(response.content.decode())


def test_a_publication_page_shows_the_count_and_the_verdict_table(client):
    page = client.get("/publications/uscbl-2024-11-20-condemns-transfer/").content.decode()
    assert "2 claims: 2 supported" in page
    assert 'class="verdicts"' in page
    assert "http://banminesusa.org/news/2024/11/20/" in page


def test_claims_are_checked_again_when_the_record_changes():
    tonga = Publication.objects.get(id="icbl-2025-06-25-tonga-166th")
    before = check_publication(tonga).summary
    assert before.endswith("supported") and "contradicted" not in before
    consent = current_cells("treaty_actions.csv", ["mbt", "TON", "consent"])
    publish_changes(
        [("treaty_actions.csv", consent, None)], author=None, reviewer=None, comment="test"
    )
    assert check_publication(tonga).summary != before


def test_the_api_gives_each_publication_with_its_claim_counts(client):
    publications = client.get("/api/v1/publications").json()
    assert len(publications) == Publication.objects.count()
    letter = client.get("/api/v1/publications/uscbl-2022-01-31-letter-biden").json()
    assert letter["states"] == ["USA"] and letter["kind"] == "letter"
    assert sum(letter["claim_counts"].values()) >= 1
    assert client.get("/api/v1/publications/no-such-thing").status_code == 404


def test_the_feed_lists_the_newest_publication_first(client):
    feed = client.get("/publications/feed.atom").content.decode()
    newest = Publication.objects.first()
    assert feed.index(newest.title.replace("'", "&#x27;")) < feed.index("Angola destroys")
