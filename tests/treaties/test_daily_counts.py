from datetime import date, timedelta

import pytest

from treatywatch.treaties import MBT, Participation, TreatyRecord

START = date(1997, 12, 3)
END = date(2026, 12, 31)


@pytest.fixture
def mbt_series(mbt_record):
    return dict(mbt_record.daily_counts(START, END))


@pytest.fixture
def ccm_series(ccm_record):
    return dict(ccm_record.daily_counts(START, END))


def _sampled_days(record):
    """Every change day, the day before it, and a day every two months."""
    changes = [d for d in record.change_dates() if START < d <= END]
    regular = [START + timedelta(days=n) for n in range(0, (END - START).days + 1, 61)]
    return sorted({*changes, *(d - timedelta(days=1) for d in changes), *regular, END})


def test_daily_counts_has_one_entry_for_every_day_in_order(mbt_record):
    series = mbt_record.daily_counts(START, END)
    assert len(series) == (END - START).days + 1
    assert [d for d, _ in series[:2]] == [START, START + timedelta(days=1)]
    assert series[-1][0] == END


def test_daily_counts_equals_a_recount_on_sampled_days_for_the_mine_ban_treaty(
    mbt_record, mbt_series
):
    for sampled in _sampled_days(mbt_record):
        assert mbt_series[sampled] == mbt_record.counts_on(sampled), sampled


def test_daily_counts_equals_a_recount_on_sampled_days_for_cluster_munitions(
    ccm_record, ccm_series
):
    for sampled in _sampled_days(ccm_record):
        assert ccm_series[sampled] == ccm_record.counts_on(sampled), sampled


def test_daily_counts_of_one_day_is_that_day_s_counts(mbt_record):
    tonga_in_force = date(2025, 12, 1)
    assert mbt_record.daily_counts(tonga_in_force, tonga_in_force) == [
        (tonga_in_force, mbt_record.counts_on(tonga_in_force))
    ]


def test_a_change_on_the_last_day_of_the_series_is_counted(mbt_record):
    day_before, tonga_in_force = date(2025, 11, 30), date(2025, 12, 1)
    series = mbt_record.daily_counts(day_before, tonga_in_force)
    assert series[-1] == (tonga_in_force, mbt_record.counts_on(tonga_in_force))
    assert series[-1][1] != series[0][1]


def test_daily_counts_refuses_a_start_after_the_end(mbt_record):
    with pytest.raises(ValueError, match="swap"):
        mbt_record.daily_counts(END, START)


@pytest.mark.parametrize(
    "changed_on",
    [date(1997, 12, 3), date(1998, 9, 16), date(1999, 3, 1), date(2025, 12, 1), date(2026, 2, 20)],
)
def test_change_dates_include_the_days_the_counts_moved(mbt_record, changed_on):
    assert changed_on in mbt_record.change_dates()


def test_the_counts_stay_the_same_between_change_dates(mbt_record, mbt_series):
    changes = set(mbt_record.change_dates())
    for (_previous_day, previous), (today, counts) in zip(
        list(mbt_series.items()), list(mbt_series.items())[1:]
    ):
        if today not in changes:
            assert counts == previous, today


def test_change_dates_are_sorted_and_unique(mbt_record):
    dates = mbt_record.change_dates()
    assert dates == sorted(set(dates))


def test_a_record_without_participations_counts_only_non_signatories():
    record = TreatyRecord(MBT, [], states=["USA", "CHN"])
    assert record.entry_into_force is None
    assert record.change_dates() == []
    [(_, counts)] = record.daily_counts(START, START)
    assert counts.not_signed == 2
    assert counts.parties == 0


def test_participants_missing_from_the_universe_are_added_to_it():
    record = TreatyRecord(MBT, [Participation("CAN", signed=START)], states=["USA"])
    assert record.states == ("CAN", "USA")
