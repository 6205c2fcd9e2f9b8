"""Obligations follow from consent: a state owes nothing on a day before it deposited its
instrument. The engine is the only place that decides it; the API, the command line, the
treaty page and the profiles ask it (tests/api, tests/site, tests/profiles check them)."""

from datetime import date

import pytest

from treatywatch.treaties import MBT, Participation, TreatyRecord

day = date.fromisoformat


@pytest.mark.parametrize(
    "iso3, through, owes",
    [
        # Tonga acceded on 25 Jun 2025.
        ("TON", "2025-06-24", False),
        ("TON", "2025-06-25", True),
        # The Marshall Islands signed in 1997 and ratified on 12 Mar 2025.
        ("MHL", "2009-11-30", False),
        ("MHL", "2025-03-11", False),
        ("MHL", "2025-03-12", True),
        # The United States never signed.
        ("USA", "2026-11-23", False),
        # Finland withdrew; the deadlines before its withdrawal stay.
        ("FIN", "2030-12-31", True),
    ],
)
def test_a_state_owes_something_from_the_day_of_its_consent(mbt_record, iso3, through, owes):
    assert bool(mbt_record.deadlines(iso3, through=day(through))) is owes


def test_a_consent_owes_nothing_while_the_treaty_lacks_the_deposits_to_enter_into_force():
    # Art. 17(1): the 40th deposit is still to come, so nothing runs from an entry into force.
    record = TreatyRecord(MBT, [Participation("AAA", consented=day("1998-01-10"))])
    assert record.deadlines("AAA", through=day("2030-01-01")) == []


def test_deadlines_by_state_leave_out_every_state_that_had_not_consented(mbt_record):
    owing = mbt_record.deadlines_by_state(through=day("2025-06-24"))
    assert "TON" not in owing and "USA" not in owing
    assert owing["MHL"] == mbt_record.deadlines("MHL", through=day("2025-06-24"))


def test_deadlines_by_state_name_every_state_that_owes_something(mbt_record):
    through = day("2025-06-25")
    owing = mbt_record.deadlines_by_state(through=through)
    expected = [iso3 for iso3 in mbt_record.states if mbt_record.deadlines(iso3, through)]
    assert sorted(owing) == expected and "TON" in owing
