"""The header's box: /find/?q= goes straight to a profile from a name, another name or a code,
misspelt or not, and otherwise lists the countries it might mean."""

import re

import pytest

from treatywatch.site.publishing.addresses import live_only_prefixes

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "profile"),
    [
        ("Ukraine", "ukr"),
        ("ukriane", "ukr"),
        ("Burma", "mmr"),
        ("Ivory Coast", "civ"),
        ("cote d'ivoire", "civ"),
        ("US", "usa"),
        ("the U.S.", "usa"),
        ("DPRK", "prk"),
        ("ukr", "ukr"),
        ("USA", "usa"),
        ("  tonga  ", "ton"),
    ],
)
def test_a_name_other_name_or_code_goes_straight_to_the_profile(client, typed, profile):
    response = client.get("/find/", {"q": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/countries/{profile}/"


def test_the_date_being_browsed_is_kept(client):
    response = client.get("/find/", {"q": "Burma", "as_of": "2010-06-01"})
    assert response["Location"] == "/countries/mmr/?as_of=2010-06-01"


def test_a_name_two_states_share_lists_both_to_choose_from(client):
    response = client.get("/find/", {"q": "Korea"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<a href="/countries/prk/">North Korea</a>' in html
    assert '<a href="/countries/kor/">South Korea</a>' in html


def test_suggestions_keep_the_date_being_browsed(client):
    html = client.get("/find/", {"q": "Congo", "as_of": "2010-06-01"}).content.decode()
    assert 'href="/countries/cod/?as_of=2010-06-01"' in html


def test_a_text_naming_no_state_says_so(client):
    response = client.get("/find/", {"q": "xyzzyq"})
    assert response.status_code == 200
    assert "No country matches “xyzzyq”" in response.content.decode()


@pytest.mark.parametrize("typed", ["", "   ", "x" * 101])
def test_an_empty_or_overlong_text_is_refused_with_the_reason(client, typed):
    response = client.get("/find/", {"q": typed})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_a_missing_q_is_refused_not_an_error(client):
    assert client.get("/find/").status_code == 400


@pytest.mark.parametrize(
    "address",
    [
        "/",
        "/countries/",
        "/countries/ukr/",
        "/search/",
        "/countries/ukr/history/",
        "/data/coverage/",
        "/alerts/subscribe/",
        "/feedback/ukr/",
        "/api/v1/docs",
    ],
)
def test_every_page_has_the_box_in_its_header_labelled_as_a_search(client, address):
    html = client.get(address).content.decode()
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    assert re.search(
        r'<form class="header-find" method="get" action="/find/" role="search">', header
    )
    assert '<label for="header-find-q">' in header
    assert 'id="header-find-q"' in header


def test_the_box_sends_the_date_being_browsed(client):
    html = client.get("/countries/", {"as_of": "2010-06-01"}).content.decode()
    assert '<input type="hidden" name="as_of" value="2010-06-01">' in html
    assert (
        'name="as_of" value="'
        not in client.get("/countries/").content.decode().split("</header>")[0]
    )


def test_the_finder_is_answered_by_the_live_server_not_baked():
    assert "/find/" in live_only_prefixes()
