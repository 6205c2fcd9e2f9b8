"""A shareable link is the one way a checked text is stored: under an unguessable address,
served with noindex, and never in search, feeds, the sitemap, the downloads or a bake."""

import re

import pytest

from treatywatch.claims.models import SharedCheck
from treatywatch.search.index import search
from treatywatch.site.publishing.addresses import file_paths, live_only_prefixes, page_paths
from treatywatch.site.publishing.baking import bake
from treatywatch.site.publishing.data_files import data_files

pytestmark = pytest.mark.django_db

# A word found nowhere in the record: wherever it shows up, the shared text leaked there.
MARKER_WORD = "Quixotrelzine"
TEXT = f"Geneva, 30 November 2009. {MARKER_WORD} says 156 nations are party to the Mine Ban Treaty."


@pytest.fixture
def shared(client) -> SharedCheck:
    response = client.post("/check/", {"text": TEXT, "action": "share"})
    assert response.status_code == 302
    shared = SharedCheck.objects.get()
    assert response["Location"] == shared.get_absolute_url()
    return shared


def test_a_shared_check_keeps_the_text_and_its_report_under_an_unguessable_address(shared):
    other = SharedCheck.objects.create(text="x", report={})
    assert len(shared.token) >= 43 and shared.token != other.token
    assert shared.get_absolute_url() == f"/check/s/{shared.token}/"
    assert shared.text == TEXT and shared.report["claims"][0]["verdict"] == "outdated"


def test_the_shared_page_shows_the_report_and_is_never_indexed(client, shared):
    response = client.get(shared.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200 and MARKER_WORD in html
    assert re.search(r'<mark class="claim-mark verdict-outdated" id="claim-1">', html)
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in html


def test_the_shared_report_downloads_as_json_and_claimreview(client, shared):
    as_json = client.get(f"/check/s/{shared.token}/report.json")
    reviews = client.get(f"/check/s/{shared.token}/claimreview.jsonld")
    assert as_json.json() == shared.report
    assert reviews.json()[0]["@type"] == "ClaimReview"
    assert as_json["X-Robots-Tag"] == reviews["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("path", ["/check/s/{wrong}/", "/check/s/{wrong}/report.json"])
def test_an_address_that_is_not_a_shared_check_is_not_found(client, shared, path):
    assert client.get(path.format(wrong=shared.token[:-1])).status_code == 404


def test_a_shared_check_is_not_in_search(shared):
    assert search(MARKER_WORD) == [] and search("Geneva nations party")
    assert not [hit for hit in search("Mine Ban Treaty", 500) if "/check/" in hit.url]


def test_a_shared_check_is_not_in_the_feeds_or_the_sitemap(client, shared):
    for path in ("/feeds/updates.atom", "/sitemap.xml"):
        body = client.get(path).content.decode()
        assert shared.token not in body and "/check/" not in body and MARKER_WORD not in body


def test_a_shared_check_is_not_in_the_downloads(client, shared):
    for data_file in data_files():
        body = client.get(f"/downloads/{data_file.name}").content
        assert MARKER_WORD.encode() not in body and shared.token.encode() not in body


def test_the_checker_is_never_baked(shared, tmp_path):
    assert "/check/" in live_only_prefixes()
    assert not [path for path in page_paths() + file_paths() if path.startswith("/check/")]
    bake(tmp_path / "site", "https://example.org", ["/", "/downloads/", "/feeds/updates.atom"])
    baked = [path.read_bytes() for path in (tmp_path / "site").rglob("*") if path.is_file()]
    assert baked and not [body for body in baked if shared.token.encode() in body]
