from dataclasses import replace
from datetime import date

from treatywatch.site.deposit_threshold import deposit_threshold_on
from treatywatch.treaties import MBT, Participation, TreatyRecord

THREE_NEEDED = replace(MBT, entry_into_force_threshold=3)
RECORD = TreatyRecord(
    THREE_NEEDED,
    [
        Participation("AAA", consented=date(1998, 1, 10), consent_type="ratification"),
        Participation("BBB", consented=date(1998, 2, 15), consent_type="ratification"),
        Participation("CCC", consented=date(1998, 2, 15), consent_type="accession"),
        # Art. 17(1) counts no notification of succession.
        Participation("DDD", consented=date(1998, 1, 20), consent_type="succession"),
    ],
)


def test_before_the_threshold_only_the_deposits_so_far_are_known():
    known = deposit_threshold_on(RECORD, date(1998, 2, 14))
    assert (known.deposits, known.threshold, known.threshold_day, known.in_force_from) == (
        1,
        3,
        None,
        None,
    )


def test_the_threshold_day_names_every_state_that_deposited_that_day():
    known = deposit_threshold_on(RECORD, date(1998, 3, 1))
    assert (known.deposits, known.threshold_day, known.threshold_states) == (
        3,
        date(1998, 2, 15),
        ("BBB", "CCC"),
    )
    # Art. 17(1): the first day of the sixth month after the month of the threshold deposit.
    assert known.in_force_from == date(1998, 8, 1)
