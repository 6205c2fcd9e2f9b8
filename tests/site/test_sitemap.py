from datetime import UTC, datetime
from xml.etree import ElementTree

import pytest

from treatywatch.record.models import Revision, State
from treatywatch.site.publishing.addresses import page_paths

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"] == "application/xml"
    urls = ElementTree.fromstring(response.content).findall(f"{SITEMAP}url")
    return {
        url.find(f"{SITEMAP}loc").text: getattr(url.find(f"{SITEMAP}lastmod"), "text", None)
        for url in urls
    }


def test_the_sitemap_lists_every_public_page_with_absolute_addresses(client):
    locations = set(sitemap(client))
    assert locations == {f"http://testserver{path}" for path in page_paths()}
    expected = {"/", "/countries/", "/treaties/mbt/", "/treaties/ccm/", "/search/", "/downloads/"}
    expected |= {
        f"/countries/{iso3.lower()}/" for iso3 in State.objects.values_list("iso3", flat=True)
    }
    assert {f"http://testserver{path}" for path in expected} <= locations


def test_the_sitemap_lists_pages_only_not_files(client):
    assert not [location for location in sitemap(client) if not location.endswith("/")]


def test_a_profile_is_dated_by_its_own_states_latest_change(client):
    Revision.objects.create(
        published_at=datetime(2031, 5, 6, tzinfo=UTC),
        state_id="TON",
        state_name="Tonga",
        summary="x",
        changes=[],
    )
    dates = sitemap(client)
    assert dates["http://testserver/countries/ton/"] == "2031-05-06"
    assert dates["http://testserver/countries/usa/"] != "2031-05-06"
    assert dates["http://testserver/"] == "2031-05-06"


def test_without_any_update_the_pages_carry_no_date(client):
    Revision.objects.all().delete()
    assert set(sitemap(client).values()) == {None}
