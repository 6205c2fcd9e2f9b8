import pytest

pytestmark = pytest.mark.django_db


def test_sources_are_listed_by_id_with_unknown_fields_null(get_json):
    page = get_json("/api/v1/sources?per_page=500")
    ids = [source["id"] for source in page["items"]]
    assert page["count"] > len(set(ids)) == len(ids) == 500
    # By id; first letters only, which sort alike in every collation (hyphens do not).
    initials = [source_id[0] for source_id in ids]
    assert initials == sorted(initials) and ids.index("baltimoresun-1993-12-16") < ids.index(
        "gao-02-1003"
    )
    baltimore = page["items"][ids.index("baltimoresun-1993-12-16")]
    assert (baltimore["id"], baltimore["author"], baltimore["publisher"]) == (
        "baltimoresun-1993-12-16",
        None,
        "The Baltimore Sun",
    )


def test_a_source_is_found_by_its_id_in_any_case(get_json):
    source = get_json("/api/v1/sources/GAO-02-1003")
    assert (source["id"], source["published"], source["url"]) == (
        "gao-02-1003",
        "2002-09",
        "https://www.gao.gov/products/gao-02-1003",
    )
