"""The header's navigation tells which of its pages is being read (aria-current)."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("address", "current"),
    [
        ("/countries/", "Countries"),
        ("/treaties/mbt/", "Mine Ban Treaty"),
        ("/treaties/ccm/", "Cluster Munitions"),
        ("/search/", "Search"),
        ("/downloads/", "Data"),
        ("/api/v1/docs", "API"),
    ],
)
def test_the_navigation_marks_the_page_being_read_and_no_other(client, address, current):
    nav = client.get(address).content.decode().split('<nav aria-label="Main">', 1)[1]
    nav = nav.split("</nav>", 1)[0]
    assert re.findall(r'aria-current="page">([^<]+)<', nav) == [current]
