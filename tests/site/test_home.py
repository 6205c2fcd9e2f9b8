import re
from datetime import date

import pytest

from treatywatch.record.models import Revision

pytestmark = pytest.mark.django_db


def home(client, as_of=None):
    response = client.get("/" + (f"?as_of={as_of}" if as_of else ""))
    assert response.status_code == 200
    return response


def counts(response):
    return {item.treaty.code: item.counts for item in response.context["treaties"]}


def test_the_home_page_lists_every_state_with_its_status(client):
    html = home(client).content.decode()
    assert (
        '<a href="/countries/ton/">Tonga</a></th><td>Oceania</td><td><span class="status status-party_in_force">State Party</span>'
        in html
    )


def test_a_malformed_as_of_is_a_400_that_names_the_parameter(client):
    response = client.get("/?as_of=2014-13-45")
    assert response.status_code == 400
    assert b"as_of: &#x27;2014-13-45&#x27; is not a date" in response.content


@pytest.mark.parametrize(
    "as_of, treaty, parties, signed_not_party, withdrawn",
    [
        ("2009-11-30", "mbt", 156, 2, 0),
        ("2014-09-23", "mbt", 162, 1, 0),
        ("2026-11-23", "mbt", 161, 0, 5),
        ("2009-11-30", "ccm", 24, 79, 0),
        ("2026-11-23", "ccm", 112, 12, 1),
    ],
)
def test_the_counts_are_those_of_the_date_shown(
    client, as_of, treaty, parties, signed_not_party, withdrawn
):
    shown = counts(home(client, as_of))[treaty]
    assert (shown.parties, shown.signed_not_party, shown.withdrawn) == (
        parties,
        signed_not_party,
        withdrawn,
    )


def test_the_counts_are_written_on_the_page_with_their_sources(client):
    html = home(client, "2014-09-23").content.decode()
    assert re.search(
        r'<span class="figure">162</span> States Parties<sup class="fn" id="fnref-1"><a href="#fn-1"',
        html,
    )


def test_the_chart_runs_up_to_the_date_shown(client):
    chart = home(client, "2009-11-30").context["chart"]
    assert [t.code for t in chart.treaties] == ["mbt", "ccm"]
    assert chart.rows[-1].day == date(2009, 11, 30)
    assert chart.rows[-1].parties == (156, 24)
    assert chart.rows[0].parties == (3, None)


def test_the_chart_is_an_image_with_a_table_of_the_same_numbers(client):
    html = home(client, "2014-09-23").content.decode()
    assert (
        'class="chart parties-chart" viewBox="0 0 640 336" role="img" aria-labelledby="parties-chart-title parties-chart-desc"'
        in html
    )
    assert "Mine Ban Treaty: 162 on 23 September 2014" in html
    assert "<summary>The chart's numbers as a table</summary>" in html


def test_before_a_treaty_opened_the_page_says_so_instead_of_charting_it(client):
    response = home(client, "2000-01-01")
    assert [t.code for t in response.context["chart"].treaties] == ["mbt"]
    assert (
        b"The Convention on Cluster Munitions was not yet open for signature on 1 January 2000"
        in response.content
    )


def test_the_map_colours_every_state_and_counts_them_in_its_legend(client):
    response = home(client, "2026-11-23")
    html = response.content.decode()
    assert len(re.findall(r'<path class="area fill-', html)) == 197
    legend = {entry.key: entry.count for entry in response.context["map"].legend}
    assert legend == {"party_in_force": 161, "withdrawn": 5, "not_signed": 31}
    assert response.context["map"].map.not_drawn == ()
    assert "Natural Earth" in html


def test_recent_changes_stop_at_the_date_shown(client):
    changes = [item["change"] for item in home(client, "2025-07-01").context["changes"]]
    assert changes[0].day == date(2025, 6, 27)
    assert changes[0].what == "Notified withdrawal"
    assert [name for _, name in changes[0].states] == ["Estonia", "Latvia", "Lithuania"]
    assert all(change.day <= date(2025, 7, 1) for change in changes)


def test_an_event_known_only_to_its_year_shows_from_the_end_of_that_year(client):
    before = home(client, "2024-12-30").context["events"]
    after = home(client, "2024-12-31").context["events"]
    assert all(item["event"].date != "2024" for item in before)
    assert after[0]["event"].date == "2024"


def test_every_footnote_cited_is_listed_with_its_source(client):
    html = home(client, "2014-09-23").content.decode()
    cited = set(re.findall(r'href="#fn-(\d+)"', html))
    listed = set(re.findall(r'<li id="fn-(\d+)"', html))
    assert cited and cited == listed


def test_links_keep_the_date_shown(client):
    html = home(client, "2014-09-23").content.decode()
    assert '<a href="/countries/usa/?as_of=2014-09-23">United States</a>' in html
    assert 'href="/treaties/mbt/?as_of=2014-09-23"' in html


def test_the_page_has_one_h1_and_nothing_a_strict_content_security_policy_blocks(client):
    html = home(client).content.decode()
    assert html.count("<h1") == 1
    assert not re.search(r"<script|<style|\sstyle=|\son[a-z]+=", html)


def test_the_page_is_rendered_once_per_date_and_record_version(client):
    assert home(client, "2014-09-23").templates
    assert not home(client, "2014-09-23").templates
    assert home(client, "2014-09-24").templates
    Revision.objects.create(published_at="2030-01-01T00:00:00Z", summary="test", changes=[])
    assert home(client, "2014-09-23").templates
