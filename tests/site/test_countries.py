import json
import os
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE_SNAPSHOTS = os.environ.get("TREATYWATCH_UPDATE_SNAPSHOTS") == "1"


def listed(client, query=""):
    response = client.get(f"/countries/?{query}")
    assert response.status_code == 200, response.content[:300]
    return response


def names(response):
    return [row.name for row in response.context["rows"]]


def test_every_state_is_listed_with_its_status_under_each_treaty(client):
    html = listed(client, "as_of=2014-09-23").content.decode()
    assert len(re.findall(r'<th scope="row"><a href="/countries/[a-z]{3}/', html)) == 197
    assert "197 of 197 states" in html


def test_the_list_on_23_september_2014_matches_its_snapshot(client):
    rows = [
        [row.iso3, row.statuses["mbt"].value, row.statuses["ccm"].value]
        for row in listed(client, "as_of=2014-09-23").context["rows"]
    ]
    path = SNAPSHOTS / "countries_2014-09-23.json"
    if UPDATE_SNAPSHOTS:
        path.write_text(
            "[\n" + ",\n".join(json.dumps(row) for row in rows) + "\n]\n", encoding="utf-8"
        )
    assert json.loads(path.read_text(encoding="utf-8")) == rows, (
        f"{path.name} differs; if the change is intended, run with TREATYWATCH_UPDATE_SNAPSHOTS=1 and review the diff"
    )


@pytest.mark.parametrize(
    "query, count",
    [
        ("region=Africa", 54),
        ("mbt=parties&as_of=2026-11-23", 161),
        ("mbt=not_signed&as_of=2026-11-23", 31),
        ("mbt=withdrawn&as_of=2026-11-23", 5),
        ("mbt=parties&as_of=2014-09-23", 162),
        ("mbt=signed&as_of=2009-11-30", 2),
        ("ccm=parties&as_of=2009-11-30", 24),
        ("region=Europe&mbt=non_parties&as_of=2026-11-23", 6),
    ],
)
def test_filters_count_the_states_of_the_date_shown(client, query, count):
    assert len(listed(client, query).context["rows"]) == count


def test_region_and_status_combine(client):
    assert names(listed(client, "region=Europe&mbt=withdrawn&as_of=2026-11-23")) == [
        "Estonia",
        "Finland",
        "Latvia",
        "Lithuania",
        "Poland",
    ]


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("region=Atlantis", "region"),
        ("mbt=bogus", "mbt"),
        ("ccm=Party", "ccm"),
        ("sort=size", "sort"),
    ],
)
def test_an_unknown_filter_value_is_a_400_naming_the_parameter(client, query, parameter):
    response = client.get(f"/countries/?{query}")
    assert response.status_code == 400
    assert f"{parameter}: &#x27;".encode() in response.content
    assert b"use one of:" in response.content


def test_sorting_by_name_descending(client):
    assert names(listed(client, "sort=-name"))[0] == "Zimbabwe"


def test_sorting_by_status_puts_parties_first_and_breaks_ties_by_name(client):
    rows = listed(client, "sort=mbt&as_of=2026-11-23").context["rows"]
    assert rows[0].name == "Afghanistan" and rows[0].statuses["mbt"].value == "party_in_force"
    assert [row.statuses["mbt"].value for row in rows[-31:]] == ["not_signed"] * 31


def test_header_links_keep_the_filters_and_the_date_and_mark_the_sorted_column(client):
    html = listed(client, "region=Asia&sort=mbt&as_of=2014-09-23").content.decode()
    assert (
        '<th scope="col" aria-sort="ascending"><a class="sort-link" href="/countries/?region=Asia&amp;sort=-mbt&amp;as_of=2014-09-23">'
        in html
    )
    assert 'href="/countries/?region=Asia&amp;sort=-name&amp;as_of=2014-09-23"' not in html
    assert 'href="/countries/?region=Asia&amp;as_of=2014-09-23">State</a>' in html


def test_the_form_keeps_the_date_shown_and_the_choices_made(client):
    html = listed(client, "region=Asia&mbt=signed&as_of=2014-09-23").content.decode()
    assert '<input type="hidden" name="as_of" value="2014-09-23">' in html
    assert '<option value="Asia" selected>' in html
    assert '<option value="signed" selected>' in html


def test_no_match_says_so_and_offers_the_whole_list(client):
    html = listed(client, "region=Oceania&ccm=withdrawn").content.decode()
    assert "No state matches these choices." in html


def test_country_links_are_lower_case_and_keep_the_date(client):
    html = listed(client, "as_of=2014-09-23").content.decode()
    assert '<a href="/countries/usa/?as_of=2014-09-23">United States</a>' in html


def test_the_page_has_one_h1_and_a_table_with_a_caption_and_column_headers(client):
    html = listed(client).content.decode()
    assert html.count("<h1") == 1
    assert "<caption>States and their status on" in html
    assert html.count('<th scope="col"') == 4
