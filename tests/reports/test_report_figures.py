"""The report's figures are the record's own: the counts those of the status API and the
treaty page for the same day, the vote totals those of the votes API."""

import re
from datetime import date

import pytest
from django.core.cache import cache

from treatywatch.reports.document import build_report

pytestmark = pytest.mark.django_db

END_OF_2025 = date(2025, 12, 31)


@pytest.fixture(scope="module")
def report_2025(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return build_report(2025, END_OF_2025)


def treaty(report, code):
    return next(t for t in report.treaties if t.treaty.code == code)


@pytest.mark.parametrize("code", ["mbt", "ccm"])
def test_the_2025_counts_match_the_status_api_and_the_treaty_page_on_31_december_2025(
    client, report_2025, code
):
    cache.clear()
    counts = treaty(report_2025, code).counts
    status = client.get(f"/api/v1/treaties/{code}/status?as_of=2025-12-31").json()["counts"]
    page = client.get(f"/treaties/{code}/?as_of=2025-12-31").context["counts"][0]
    assert counts.counts.as_dict() == status == page.counts.as_dict()
    assert counts.non_parties == page.non_parties


@pytest.mark.parametrize("code", ["mbt", "ccm"])
def test_the_2025_vote_totals_match_the_votes_api(client, report_2025, code):
    listed = client.get("/api/v1/resolutions?year=2025").json()["items"]
    expected = [
        (r["symbol"], (r["yes"], r["no"], r["abstain"])) for r in listed if r["treaty"] == code
    ]
    votes = treaty(report_2025, code).votes
    assert [(v.item.resolution.symbol, v.item.resolution.totals) for v in votes] == expected


def test_the_2025_report_says_each_states_2024_vote_is_unknown(report_2025):
    assert all(
        v.item.changes is None and v.item.unknown_years == (2024,)
        for t in report_2025.treaties
        for v in t.votes
    )


def test_the_2025_report_names_who_joined_and_whose_withdrawal_took_effect(report_2025):
    steps = treaty(report_2025, "mbt").steps
    assert [s.item.iso3 for s in steps["joined"]] == ["MHL", "TON"]
    assert {s.item.iso3 for s in steps["withdrawn"]} == {"EST", "LTU", "LVA"}
    assert {"FIN", "POL"} <= {s.item.iso3 for s in steps["withdrawal_notified"]}


def test_the_2025_parties_are_those_of_2024_plus_who_joined_minus_who_left(report_2025):
    mbt = treaty(report_2025, "mbt")
    joined, left = len(mbt.steps["joined"]), len(mbt.steps["withdrawn"])
    assert mbt.counts.counts.parties == mbt.counts_before.parties + joined - left


def test_the_2009_vote_changes_agree_with_each_states_votes_in_the_api(client):
    [vote] = treaty(build_report(2009, date(2009, 12, 31)), "mbt").votes
    assert vote.item.changes
    for change in vote.item.changes:
        answer = client.get(f"/api/v1/votes?state={change.iso3}").json()["items"]
        by_year = {v["year"]: v["vote"] for v in answer}
        assert (by_year[2008], by_year[2009]) == (change.before, change.after)


def test_the_1999_report_has_the_mine_ban_treaty_alone_the_ccm_not_yet_open():
    report = build_report(1999, date(1999, 12, 31))
    mbt, ccm = treaty(report, "mbt"), treaty(report, "ccm")
    assert mbt.opened and not ccm.opened and [m.treaty.code for m in report.maps] == ["mbt"]
    # In force from 1 March 1999 (Art. 17(1)): none in force at the end of 1998.
    assert mbt.counts_before.parties_in_force == 0 and mbt.counts.counts.parties_in_force > 40


def test_a_report_as_of_a_day_in_the_year_leaves_out_what_came_later():
    mid_2025 = treaty(build_report(2025, date(2025, 6, 30)), "mbt")
    assert not mid_2025.steps["withdrawn"] and not mid_2025.votes
    assert [s.item.iso3 for s in mid_2025.steps["joined"]] == ["MHL", "TON"]


def test_a_year_the_record_holds_little_of_says_so(client):
    # 2026 so far: no vote, no extension, no casualty figure, little under the CCM.
    report = build_report(2026, date(2026, 3, 1))
    assert report.thin
    html = client.get("/reports/2026/?as_of=2026-03-01").content.decode()
    assert "The record holds little for 2026" in html


def test_the_2025_report_is_not_thin_and_every_footnote_cited_is_listed(client, report_2025):
    assert not report_2025.thin
    html = client.get("/reports/2025/").content.decode()
    cited = set(re.findall(r'href="#fn-(\d+)"', html))
    assert cited and cited == set(re.findall(r'<li id="fn-(\d+)"', html))
