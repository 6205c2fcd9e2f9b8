"""Publications and campaigns are baked, listed in the sitemap and found by search."""

import pytest

from treatywatch.record.models import Campaign, Publication
from treatywatch.search.index import rebuild_index, search
from treatywatch.site.publishing.addresses import file_paths, page_paths

pytestmark = pytest.mark.django_db


def test_the_bake_and_the_sitemap_cover_every_publication_and_campaign(client):
    pages, files = page_paths(), file_paths()
    sitemap = client.get("/sitemap.xml").content.decode()
    expected = [p.get_absolute_url() for p in Publication.objects.all()]
    expected += [c.get_absolute_url() for c in Campaign.objects.all()]
    expected += ["/publications/", "/campaigns/"]
    assert [path for path in expected if path not in pages] == []
    assert [path for path in expected if f"http://testserver{path}</loc>" not in sitemap] == []
    feeds = ["/publications/feed.atom"] + [
        f"{c.get_absolute_url()}feed.atom" for c in Campaign.objects.all()
    ]
    assert [feed for feed in feeds if feed not in files] == []


@pytest.mark.parametrize(
    "typed, url",
    [
        ("Biden letter", "/campaigns/uscbl-2022-biden-letter/"),
        ("Marshall Islands 165th", "/publications/icbl-2025-03-13-marshall-islands-165th/"),
    ],
)
def test_search_finds_publications_and_campaigns(typed, url):
    rebuild_index()
    assert url in [hit.url for hit in search(typed, 10)]
