from datetime import date

import pytest

pytestmark = pytest.mark.django_db


def counts_by_day(series: dict) -> dict:
    return {day["date"]: day["counts"] for day in series["days"]}


def test_the_daily_series_has_one_entry_a_day_both_ends_included(get_json):
    series = get_json("/api/v1/treaties/mbt/series?start=1999-02-27&end=1999-03-02")
    assert (series["start"], series["end"], series["changes_only"]) == (
        "1999-02-27",
        "1999-03-02",
        False,
    )
    days = counts_by_day(series)
    assert list(days) == ["1999-02-27", "1999-02-28", "1999-03-01", "1999-03-02"]
    # Art. 17(1): the treaty entered into force on 1 March 1999.
    assert days["1999-02-28"]["parties_in_force"] == 0 < days["1999-03-01"]["parties_in_force"]


def test_the_series_defaults_to_the_treaty_s_whole_life_until_today(get_json):
    series = get_json("/api/v1/treaties/ccm/series")
    assert (series["start"], series["end"]) == ("2008-12-03", date.today().isoformat())
    assert len(series["days"]) == (date.today() - date(2008, 12, 3)).days + 1


def test_changes_only_gives_the_first_day_and_each_day_the_counts_change(get_json):
    series = get_json(
        "/api/v1/treaties/mbt/series?start=2025-06-01&end=2025-12-31&changes_only=true"
    )
    days = counts_by_day(series)
    assert list(days)[0] == "2025-06-01"
    # Tonga deposited on 25 June 2025; the treaty entered into force for it on 1 December 2025.
    assert {"2025-06-25", "2025-12-01"} <= set(days)
    counts = list(days.values())
    assert all(before != after for before, after in zip(counts, counts[1:]))


def test_the_series_agrees_with_the_status_on_every_day_it_lists(get_json):
    days = counts_by_day(
        get_json("/api/v1/treaties/mbt/series?start=2025-06-01&end=2026-02-01&changes_only=true")
    )
    for day, counts in days.items():
        assert get_json(f"/api/v1/treaties/mbt/status?as_of={day}")["counts"] == counts


def test_the_whole_life_of_the_mine_ban_treaty_as_changes_is_a_reviewed_snapshot(
    get_json, snapshot
):
    snapshot(
        "mbt_series_changes",
        get_json("/api/v1/treaties/mbt/series?end=2026-11-23&changes_only=true"),
    )
