import pytest

pytestmark = pytest.mark.django_db


def test_resolutions_come_by_year_with_their_vote_totals(get_json):
    page = get_json("/api/v1/resolutions?per_page=500")
    years = [resolution["year"] for resolution in page["items"]]
    assert years == sorted(years) and page["count"] == 23
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
        "source_id": "voeten-unga-votes-unvotes",
    }


@pytest.mark.parametrize(
    "query, count",
    [("state=usa", 23), ("year=2009", 178), ("state=usa&year=1997", 1), ("state=xyz", 0)],
)
def test_votes_filter_by_state_and_year(get_json, query, count):
    assert get_json(f"/api/v1/votes?{query}")["count"] == count
