import re

import pytest

from treatywatch.record import models as record
from treatywatch.search.index import rebuild_index, search

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    return response.content.decode()


def test_without_a_query_the_page_is_the_search_form_and_no_results(client):
    page = text_of(client.get("/search/"))
    assert 'name="q"' in page and 'id="search-results-heading"' not in page


def test_a_result_links_to_the_country_profile(client):
    page = text_of(client.get("/search/", {"q": "Tonga"}))
    assert '<a href="/countries/ton/">Tonga</a>' in page
    assert re.search(r"\d+ results? for “Tonga”", page)


def test_the_matching_words_are_marked(client):
    assert "<mark>Tonga</mark>" in text_of(client.get("/search/", {"q": "Tonga"}))


def test_a_search_that_finds_nothing_says_so(client):
    page = text_of(client.get("/search/", {"q": "zzyzxquux"}))
    assert "No results for “zzyzxquux”" in page


@pytest.mark.parametrize("typed", ['"', "AND", "*", "a\x00b", "NEAR(", "x" * 200])
def test_any_query_up_to_200_characters_answers_200(client, typed):
    assert client.get("/search/", {"q": typed}).status_code == 200


def test_a_query_over_200_characters_is_a_400_that_keeps_the_form_and_says_why(client):
    response = client.get("/search/", {"q": "x" * 201})
    assert response.status_code == 400
    page = text_of(response)
    assert 'name="q"' in page and "shorten it to 200 characters" in page


def test_text_from_the_record_is_escaped(client):
    record.Source.objects.create(
        id="hostile", title="<script>alert(1)</script> quokkaword", publisher="<b>x</b>"
    )
    rebuild_index()
    page = text_of(client.get("/search/", {"q": "quokkaword"}))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert '<a href="/downloads/#source-hostile">' in page


def test_the_query_is_escaped_where_it_is_shown(client):
    page = text_of(client.get("/search/", {"q": '<img src=x onerror="alert(1)">'}))
    assert "<img src=x" not in page and "&lt;img src=x" in page


def test_the_page_has_one_h1_and_no_inline_script_or_style(client):
    page = text_of(client.get("/search/", {"q": "landmines"}))
    assert page.count("<h1") == 1
    assert "<script" not in page and "style=" not in page and " onclick" not in page


def test_search_is_not_dated_even_while_a_past_date_is_browsed(client):
    page = text_of(client.get("/search/", {"q": "Tonga", "as_of": "2001-01-01"}))
    assert "Showing the record as it stands for" not in page and 'name="as_of"' not in page
    assert '<a href="/countries/?as_of=2001-01-01">' in page


def test_an_event_result_leads_to_an_element_of_the_profile(client):
    url = next(
        hit.url for hit in search("Presidential Decision Directive 64", 10) if hit.kind == "event"
    )
    path, anchor = url.split("#")
    assert f'id="{anchor}"' in text_of(client.get(path))
