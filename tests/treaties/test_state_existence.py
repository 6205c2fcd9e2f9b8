"""States count only from the day they exist (independence, UN admission, or the day a
non-member could join treaties): South Sudan is in no count of 2009."""

from datetime import date

import pytest

from treatywatch.treaties import MBT, TreatyRecord

day = date.fromisoformat
EXISTENCE = {"SSD": day("2011-07-09"), "TLS": day("2002-05-20"), "MNE": day("2006-06-03")}


@pytest.fixture
def record(mbt_participations, universe):
    return TreatyRecord(MBT, mbt_participations, universe, existence=EXISTENCE)


@pytest.mark.parametrize(
    "iso3, on, exists",
    [
        ("SSD", "2011-07-08", False),
        ("SSD", "2011-07-09", True),
        ("TLS", "2000-01-01", False),
        ("MNE", "2006-06-02", False),
        ("MNE", "2006-06-03", True),
        ("USA", "1997-12-03", True),
    ],
)
def test_a_state_exists_from_its_first_day_on(record, iso3, on, exists):
    assert record.exists_on(iso3, day(on)) is exists
    assert (iso3 in record.statuses_on(day(on))) is exists


def test_a_state_not_yet_in_being_is_in_no_count(record, mbt_record):
    on = day("2009-11-30")
    with_existence, without = record.counts_on(on), mbt_record.counts_on(on)
    # South Sudan (2011) is the only state of the three not yet in being in 2009.
    assert without.not_signed - with_existence.not_signed == 1
    assert with_existence.parties == without.parties == 156


def test_the_daily_series_adds_a_state_on_its_first_day(record):
    series = dict(record.daily_counts(day("2011-07-07"), day("2011-07-10")))
    assert series[day("2011-07-09")].not_signed == series[day("2011-07-08")].not_signed + 1
    for on, counts in series.items():
        assert counts == record.counts_on(on)


def test_the_series_agrees_with_a_recount_on_every_change_day(record):
    for on in record.change_dates():
        [(_, counts)] = record.daily_counts(on, on)
        assert counts == record.counts_on(on)


def test_the_first_day_of_a_state_is_a_change_date(record):
    assert day("2011-07-09") in record.change_dates()
