"""/data/coverage/: the totals, then every state by section, on the bundled record."""

import re
from html.parser import HTMLParser

import pytest

from treatywatch.record.reports import status_report
from treatywatch.site.serving.security import CONTENT_SECURITY_POLICY
from treatywatch.treaties.day_range import parse_day

pytestmark = pytest.mark.django_db

AS_OF = "2026-06-01"


def page(client, query=""):
    response = client.get(f"/data/coverage/?as_of={AS_OF}&{query}")
    assert response.status_code == 200, response.content[:300]
    return response


def listed(response) -> list[str]:
    return [row["state"].iso3 for row in response.context["rows"]]


class _Tables(HTMLParser):
    """Per table: whether it has a caption, and the header cells without a scope."""

    def __init__(self):
        super().__init__()
        self.tables: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"class": dict(attrs).get("class"), "caption": False, "unscoped": 0})
        elif tag == "caption":
            self.tables[-1]["caption"] = True
        elif tag == "th" and "scope" not in dict(attrs):
            self.tables[-1]["unscoped"] += 1


def tables(response) -> list[dict]:
    parser = _Tables()
    parser.feed(response.content.decode())
    return parser.tables


def test_the_totals_table_comes_before_the_table_of_states(client):
    assert [table["class"] for table in tables(page(client))] == [
        "coverage-totals",
        "coverage-states",
    ]


def test_every_table_has_a_caption_and_every_header_a_scope(client):
    assert all(table["caption"] and not table["unscoped"] for table in tables(page(client)))


def test_every_state_of_the_day_has_a_row_linked_to_its_profile(client):
    html = page(client).content.decode()
    states = status_report("mbt", parse_day(AS_OF))["states"]
    linked = re.findall(
        r'<th scope="row"><a href="/countries/([a-z]{3})/\?as_of=2026-06-01">', html
    )
    assert sorted(linked) == sorted(state["iso3"].lower() for state in states)


def test_a_state_is_not_listed_before_it_existed(client):
    response = client.get("/data/coverage/?as_of=2009-11-30")
    assert "SSD" not in listed(response) and "SRB" in listed(response)


def test_a_region_narrows_the_list_to_its_states(client):
    response = page(client, "region=Oceania")
    oceania = [row["state"] for row in response.context["rows"]]
    assert oceania and all(state.region == "Oceania" for state in oceania)
    assert "NIU" in listed(response) and "USA" not in listed(response)


def test_missing_a_section_lists_the_states_it_applies_to_that_lack_it(client):
    response = page(client, "missing=use_production_stockpile")
    cells = {
        s.iso3: s.cells["use_production_stockpile"] for s in response.context["coverage"].states
    }
    assert listed(response) == [
        iso3 for iso3, cell in cells.items() if cell is not None and not cell.covered
    ]
    counts = status_report("mbt", parse_day(AS_OF))["counts"]
    assert (
        len(listed(response))
        == (counts["not_signed"] + counts["signed_not_party"] + counts["withdrawn"])
        - response.context["coverage"].totals["use_production_stockpile"].covered
    )


def test_the_filters_keep_the_date_and_show_the_count(client):
    html = page(client, "region=Europe").content.decode()
    assert '<input type="hidden" name="as_of" value="2026-06-01">' in html
    assert re.search(r'<p class="result-count" role="status">\d+ of \d+ states</p>', html)


@pytest.mark.parametrize("query", ["region=Atlantis", "missing=everything", "as_of=01-06-2026"])
def test_an_unknown_filter_or_a_malformed_date_is_a_400(client, query):
    assert client.get(f"/data/coverage/?{query}").status_code == 400


def test_the_un_vote_years_are_given_with_the_2024_gap(client):
    html = page(client).content.decode()
    assert "UN votes, Mine Ban Treaty, 1996-2025" in html
    assert "each state&#x27;s vote unknown: 2024" in html


def test_the_page_is_served_under_the_strict_content_security_policy(client):
    assert page(client).headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


def test_the_downloads_page_links_to_the_coverage_page(client):
    assert '<a href="/data/coverage/">' in client.get("/downloads/").content.decode()
