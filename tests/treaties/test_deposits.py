"""Art. 17(1): which instruments count towards the treaty's entry into force, and the day
they reached the threshold, as known on any day."""

from dataclasses import replace
from datetime import date

import pytest

from treatywatch.treaties import MBT, Participation, TreatyRecord

day = date.fromisoformat
THREE_NEEDED = replace(MBT, entry_into_force_threshold=3)
RECORD = TreatyRecord(
    THREE_NEEDED,
    [
        Participation("AAA", consented=day("1998-01-10"), consent_type="ratification"),
        Participation("BBB", consented=day("1998-02-15"), consent_type="ratification"),
        Participation("CCC", consented=day("1998-02-15"), consent_type="accession"),
        # Art. 17(1) counts no notification of succession.
        Participation("DDD", consented=day("1998-01-20"), consent_type="succession"),
        Participation("EEE", consented=day("1998-04-01"), consent_type="approval"),
        Participation("FFF", signed=day("1997-12-03")),
    ],
)


@pytest.mark.parametrize(
    "on, count, threshold_day, states, in_force_from",
    [
        ("1998-01-09", 0, None, (), None),
        ("1998-01-10", 1, None, (), None),
        # The succession deposited on 20 January adds nothing.
        ("1998-02-14", 1, None, (), None),
        # The third instrument: two states deposited on the day the threshold was reached.
        ("1998-02-15", 3, "1998-02-15", ("BBB", "CCC"), "1998-08-01"),
        # A later deposit is counted but does not move the threshold day.
        ("1998-04-01", 4, "1998-02-15", ("BBB", "CCC"), "1998-08-01"),
    ],
)
def test_the_deposits_counted_by_a_day_and_the_threshold_they_reach(
    on, count, threshold_day, states, in_force_from
):
    known = RECORD.deposits_on(day(on))
    expected_day = day(threshold_day) if threshold_day else None
    expected_in_force = day(in_force_from) if in_force_from else None
    assert (known.count, known.threshold, known.threshold_day, known.threshold_states) == (
        count,
        3,
        expected_day,
        states,
    )
    # Art. 17(1): the first day of the sixth month after the month of the threshold deposit.
    assert known.in_force_from == expected_in_force


def test_the_threshold_known_on_any_later_day_gives_the_record_s_entry_into_force():
    assert RECORD.deposits_on(day("2030-01-01")).in_force_from == RECORD.entry_into_force


def test_a_consent_of_unstated_type_counts_like_an_instrument():
    record = TreatyRecord(
        replace(MBT, entry_into_force_threshold=1),
        [Participation("AAA", consented=day("1998-09-16"))],
    )
    assert record.entry_into_force == day("1999-03-01")


def test_the_mine_ban_treaty_reached_40_deposits_on_16_september_1998(mbt_record):
    known = mbt_record.deposits_on(day("1998-09-16"))
    # Burkina Faso's instrument is cited as the 40th; Equatorial Guinea's came the same day.
    assert (known.count, known.threshold_day, known.threshold_states) == (
        40,
        day("1998-09-16"),
        ("BFA", "GNQ"),
    )
    assert known.in_force_from == day("1999-03-01")


def test_the_cluster_munitions_convention_reached_30_deposits_on_16_february_2010(ccm_record):
    known = ccm_record.deposits_on(day("2010-02-16"))
    assert (known.threshold_day, known.threshold_states) == (day("2010-02-16"), ("BFA", "MDA"))
    assert known.in_force_from == day("2010-08-01")


def test_the_threshold_day_is_the_day_of_the_threshold_deposit_not_the_one_before():
    record = TreatyRecord(
        replace(MBT, entry_into_force_threshold=2),
        [
            Participation("AAA", consented=day("1998-01-10"), consent_type="ratification"),
            Participation("BBB", consented=day("1998-02-15"), consent_type="accession"),
        ],
    )
    known = record.deposits_on(day("1998-02-15"))
    assert (known.threshold_day, known.threshold_states) == (day("1998-02-15"), ("BBB",))
    assert record.entry_into_force == day("1998-08-01")
