import pytest

pytestmark = pytest.mark.django_db


def test_the_first_page_links_to_the_next_only(get_json):
    page = get_json("/api/v1/states?per_page=50")
    assert (page["count"], page["page"], page["per_page"], len(page["items"])) == (197, 1, 50, 50)
    assert page["next"] == "http://testserver/api/v1/states?per_page=50&page=2"
    assert page["previous"] is None


def test_the_last_page_holds_the_rest_and_links_back_only(get_json):
    page = get_json("/api/v1/states?per_page=50&page=4")
    assert len(page["items"]) == 197 - 150
    assert page["next"] is None
    assert page["previous"] == "http://testserver/api/v1/states?per_page=50&page=3"


def test_links_keep_the_filters(get_json):
    page = get_json("/api/v1/votes?state=usa&per_page=10")
    assert page["next"] == "http://testserver/api/v1/votes?state=usa&per_page=10&page=2"


def test_pages_follow_one_another_without_gaps_or_repeats(get_json):
    first, second = (
        get_json("/api/v1/events?per_page=20"),
        get_json("/api/v1/events?per_page=20&page=2"),
    )
    everything = get_json("/api/v1/events?per_page=40")
    assert first["items"] + second["items"] == everything["items"]


def test_the_default_page_holds_fifty_and_the_largest_five_hundred(get_json):
    assert get_json("/api/v1/votes")["per_page"] == 50
    assert len(get_json("/api/v1/votes?per_page=500")["items"]) == 500


def test_page_one_of_an_empty_list_is_an_empty_page(get_json):
    page = get_json("/api/v1/events?state=afg")
    assert (page["items"], page["count"], page["next"], page["previous"]) == ([], 0, None, None)


def test_a_page_past_the_last_is_a_404_naming_the_page(get_json):
    error = get_json("/api/v1/states?page=5&per_page=50", status=404)["error"]
    assert error == {
        "status": 404,
        "code": "not_found",
        "parameter": "page",
        "message": "page: there is no page 5; the last is page 4",
    }


@pytest.mark.parametrize("query", ["per_page=0", "per_page=501", "page=0", "page=-1", "page=two"])
def test_a_page_or_page_size_out_of_range_is_a_400(get_json, query):
    error = get_json(f"/api/v1/states?{query}", status=400)["error"]
    assert error["parameter"] == query.split("=")[0]
