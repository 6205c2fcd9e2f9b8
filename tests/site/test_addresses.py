import pytest
from django.urls import get_resolver, resolve

from treatywatch.record.models import State
from treatywatch.site.publishing import addresses
from treatywatch.site.publishing.addresses import PUBLIC_NAMESPACES, file_paths, page_paths

pytestmark = pytest.mark.django_db


def test_every_route_of_the_public_pages_has_its_addresses_listed():
    routes = {
        f"{namespace}:{route.name}"
        for namespace in PUBLIC_NAMESPACES
        for route in get_resolver().namespace_dict[namespace][1].url_patterns
    }
    listed = {
        resolve(path).view_name
        for path in page_paths() + file_paths()
        if not path.startswith("/api/")
    }
    assert listed == routes and "coverage:page" in listed


def test_each_state_has_its_profile_and_its_feed_in_lower_case():
    paths = set(page_paths() + file_paths())
    for iso3 in State.objects.values_list("iso3", flat=True):
        assert {f"/countries/{iso3.lower()}/", f"/countries/{iso3.lower()}/feed.atom"} <= paths


def test_the_api_description_is_listed_with_the_files():
    assert {"/api/v1/openapi.json", "/api/v1/docs"} <= set(file_paths())


def test_a_route_whose_parameter_has_no_known_values_is_refused_by_name(monkeypatch):
    monkeypatch.setattr(
        addresses, "_parameter_values", lambda: {"iso3": ["usa"], "name": ["states.csv"]}
    )
    with pytest.raises(
        LookupError,
        match="route 'treaties/<str:code>/': addresses.py does not know the values of code",
    ):
        page_paths()


def test_the_forms_and_editors_pages_need_the_live_site():
    prefixes = addresses.live_only_prefixes()
    assert "/feedback/" in prefixes and "/admin/" in prefixes
    assert not any(path.startswith(prefixes) for path in page_paths() + file_paths())
