import csv

import pytest

pytestmark = pytest.mark.django_db

EVENT_KEYS = [
    "id",
    "state",
    "date",
    "date_start",
    "date_end",
    "category",
    "treaty",
    "text",
    "source_id",
]


def event_ids(page: dict) -> list[str]:
    return [event["id"] for event in page["items"]]


def test_events_come_in_date_order_with_partial_dates_kept_as_written(get_json, bundled_data):
    page = get_json("/api/v1/events?per_page=500")
    with (bundled_data / "events.csv").open(encoding="utf-8") as handle:
        in_the_file = len(list(csv.DictReader(handle)))
    assert page["count"] == in_the_file and all(
        list(event) == EVENT_KEYS for event in page["items"]
    )
    first = page["items"][0]
    assert (first["date"], first["date_start"], first["date_end"]) == (
        "1981",
        "1981-01-01",
        "1981-12-31",
    )
    starts = [event["date_start"] for event in page["items"]]
    assert starts == sorted(starts)


def test_an_event_about_no_single_treaty_has_a_null_treaty(get_json):
    events = {event["id"]: event for event in get_json("/api/v1/events?per_page=500")["items"]}
    assert events["usa-2009-01-21-ccw-protocol-v-ratified"]["treaty"] is None


def test_since_compares_an_event_s_first_day_and_until_its_last(get_json):
    ids = event_ids(get_json("/api/v1/events?state=usa&since=2014-01-01&until=2014-09-23"))
    # "2014" ends after 23 Sep 2014, so it is not known to have happened by then.
    assert ids == [
        "usa-2014-06-27-maputo-no-production",
        "usa-2014-09-23-no-use-outside-korea",
        "usa-2014-09-23-stockpile-about-3-million",
    ]


@pytest.mark.parametrize(
    "query, count",
    [
        ("state=usa", 49),
        ("state=FIN", 5),
        ("state=AFG", 0),
        ("category=transfer", 18),
        ("category=vote&treaty=mbt", 3),
        ("treaty=ccm", 38),
    ],
)
def test_events_filter_by_state_category_and_treaty(get_json, query, count):
    assert get_json(f"/api/v1/events?{query}")["count"] == count
