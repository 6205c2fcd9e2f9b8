import pytest

pytestmark = pytest.mark.django_db


def test_resolutions_come_by_year_with_their_vote_totals(get_json):
    page = get_json("/api/v1/resolutions?per_page=500")
    years = [resolution["year"] for resolution in page["items"]]
    # The Mine Ban Treaty's resolutions of 1996-2025 (two in 1997) and the Convention on
    # Cluster Munitions' of 2015-2025.
    assert years == sorted(years) and page["count"] == 42
    assert sum(r["treaty"] == "ccm" for r in page["items"]) == 11
    [res_64_56] = get_json("/api/v1/resolutions?year=2009")["items"]
    assert (
        res_64_56["symbol"],
        res_64_56["adopted_on"],
        res_64_56["yes"],
        res_64_56["no"],
        res_64_56["abstain"],
    ) == (
        "A/RES/64/56",
        "2009-12-02",
        160,
        0,
        18,
    )


def test_a_state_s_votes_filter_by_resolution_in_any_case(get_json):
    [vote] = get_json("/api/v1/votes?state=usa&resolution=a/res/64/56")["items"]
    assert vote == {
        "resolution": "A/RES/64/56",
        "year": 2009,
        "adopted_on": "2009-12-02",
        "state": "USA",
        "vote": "abstain",
        "source_id": "undl-673493",
    }


def test_a_year_without_a_roll_call_has_totals_unknown_and_no_votes(get_json):
    items = get_json("/api/v1/resolutions?year=2024")["items"]
    assert {(r["symbol"], r["roll_call"], r["yes"]) for r in items} == {
        ("A/RES/79/34", "no", None),
        ("A/RES/79/58", "no", None),
    }
    assert get_json("/api/v1/votes?year=2024")["count"] == 0


@pytest.mark.parametrize(
    "query, count",
    [("state=usa", 40), ("year=2009", 192), ("state=usa&year=1997", 2), ("state=xyz", 0)],
)
def test_votes_filter_by_state_and_year(get_json, query, count):
    assert get_json(f"/api/v1/votes?{query}")["count"] == count
