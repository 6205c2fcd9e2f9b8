import pytest

pytestmark = pytest.mark.django_db

STATE_KEYS = [
    "iso3",
    "iso_numeric",
    "name",
    "un_region",
    "un_subregion",
    "un_status",
    "un_member_since",
    "source_id",
]


def test_the_states_list_gives_every_state_of_the_record_by_name(get_json):
    page = get_json("/api/v1/states?per_page=500")
    assert page["count"] == len(page["items"]) == 197
    assert [list(state) for state in page["items"]] == [STATE_KEYS] * 197
    names = [state["name"] for state in page["items"]]
    # By name; exact order among accented names is the database collation's business.
    assert names[0] == "Afghanistan" and names.index("Albania") < names.index(
        "Tonga"
    ) < names.index("Zimbabwe")


@pytest.mark.parametrize(
    "query, count",
    [
        ("region=Oceania", 16),
        ("region=oceania", 16),
        ("un_status=observer", 2),
        ("region=Europe&un_status=member", 43),
        ("region=Atlantis", 0),
    ],
)
def test_the_states_list_filters_by_region_and_un_status(get_json, query, count):
    assert get_json(f"/api/v1/states?{query}&per_page=500")["count"] == count


def test_a_state_comes_with_its_standing_under_each_treaty_today(get_json):
    usa = get_json("/api/v1/states/USA")
    assert [key for key in usa if key in STATE_KEYS] == STATE_KEYS
    assert (usa["name"], usa["iso_numeric"], usa["un_member_since"]) == (
        "United States",
        "840",
        1945,
    )
    assert set(usa["treaties"]) == {"mbt", "ccm"}
    assert usa["treaties"]["mbt"]["status"] == "not_signed"
    assert usa["treaties"]["mbt"]["status_label"] == "Not signed"


@pytest.mark.parametrize(
    "address", ["/api/v1/states/usa", "/api/v1/states/Usa", "/api/v1/states/USA"]
)
def test_iso_codes_in_paths_are_case_insensitive(get_json, address):
    assert get_json(address)["iso3"] == "USA"


def test_a_state_as_of_a_past_date_shows_only_what_had_happened_by_then(get_json):
    finland = get_json("/api/v1/states/fin?as_of=2025-12-01")
    assert finland["as_of"] == "2025-12-01"
    assert finland["treaties"]["mbt"] == {
        "status": "withdrawal_pending",
        "status_label": "Withdrawal pending",
        "signed": None,
        "consented": "2012-01-09",
        "consent_type": "accession",
        "in_force_from": "2012-07-01",
        "withdrawal_notified": "2025-07-10",
        "withdrawal_effective": "2026-01-10",
    }
    assert (
        get_json("/api/v1/states/fin?as_of=2012-01-08")["treaties"]["mbt"]["status"] == "not_signed"
    )


def test_the_state_endpoint_takes_three_queries_once_the_engine_is_built(
    client, django_assert_max_num_queries
):
    client.get("/api/v1/states/usa")  # builds and caches both treaty records
    with django_assert_max_num_queries(3):
        assert client.get("/api/v1/states/ton").status_code == 200
