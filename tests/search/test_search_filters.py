"""The search page's filters: a state, a section (an event's category) and a year; with words
or alone; a bad value is a 400 that says which filter and why."""

import pytest

from treatywatch.search.filters import BadFilter, Filters, parse_filters
from treatywatch.search.index import find

STATES, SECTIONS = {"USA", "UKR"}, {"use", "policy"}


@pytest.mark.parametrize(
    ("params", "filters"),
    [
        ({}, Filters()),
        ({"state": "usa", "section": "Use", "year": "1991"}, Filters("USA", "use", 1991)),
        ({"state": " ", "year": ""}, Filters()),
    ],
)
def test_filters_are_read_from_the_query(params, filters):
    assert parse_filters(params, STATES, SECTIONS) == filters


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"state": "XYZ"}, "state:"),
        ({"section": "gossip"}, "section:"),
        ({"year": "19x1"}, "year:"),
        ({"year": "1066"}, "year:"),
    ],
)
def test_a_bad_filter_is_refused_naming_it(params, named):
    with pytest.raises(BadFilter, match=named):
        parse_filters(params, STATES, SECTIONS)


def test_filters_become_conditions_on_the_documents_only_when_used():
    assert Filters().sql("d") == ("", [])
    assert Filters("USA", "", 1991).sql("d") == (" AND d.state = %s AND d.year = %s", ["USA", 1991])


@pytest.mark.django_db
def test_words_within_a_state_section_and_year_find_only_what_matches_all():
    hits = find("mines", 50, Filters("USA", "use", 1991)).hits
    assert hits and all(h.url.startswith("/countries/usa/#event-usa-1991") for h in hits)


@pytest.mark.django_db
def test_filters_without_words_list_what_they_hold():
    hits = find("", 50, Filters("USA", "use")).hits
    assert hits and all(h.url.startswith("/countries/usa/#event-") for h in hits)


@pytest.mark.django_db
def test_a_misspelt_search_shows_the_results_of_the_closest_words():
    found = find("ukriane", 50)
    assert found.corrected == "ukraine"
    assert "/countries/ukr/" in [hit.url for hit in found.hits]


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"state": "XYZ"}, {"year": "nineteen"}, {"section": "x"}])
def test_the_page_refuses_a_bad_filter_with_a_400_that_keeps_the_form(client, params):
    response = client.get("/search/", {"q": "mines", **params})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'role="alert"' in page and 'name="q"' in page


@pytest.mark.django_db
def test_the_page_keeps_the_filters_chosen_and_says_what_it_searched(client):
    page = client.get("/search/", {"q": "ukriane", "state": "UKR", "year": "2014"}).content.decode()
    assert '<option value="UKR" selected>Ukraine</option>' in page
    assert '<option value="2014" selected>2014</option>' in page
    assert "showing the results for <strong>ukraine</strong>" in page
