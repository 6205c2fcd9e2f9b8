"""The published Mine Ban Treaty figures, reproduced from the depositary record."""

from datetime import date

import pytest

day = date.fromisoformat


@pytest.mark.parametrize(
    "on, parties",
    [
        ("1999-02-28", 67),
        ("2002-07-31", 125),
        ("2003-09-03", 136),
        ("2009-11-30", 156),
        ("2011-09-13", 157),
        ("2014-09-23", 162),
        ("2022-01-31", 164),
    ],
)
def test_the_number_of_states_parties_matches_the_published_figure(mbt_record, on, parties):
    assert mbt_record.counts_on(day(on)).parties == parties


@pytest.mark.parametrize("on, signatories", [("2002-07-31", 18), ("2009-11-30", 2)])
def test_the_number_of_signatories_not_yet_party_matches_the_published_figure(
    mbt_record, on, signatories
):
    assert mbt_record.counts_on(day(on)).signed_not_party == signatories


def test_the_last_two_signatories_in_2009_were_the_marshall_islands_and_poland(mbt_record):
    statuses = mbt_record.statuses_on(day("2009-11-30"))
    assert sorted(iso3 for iso3, status in statuses.items() if status == "signed") == [
        "MHL",
        "POL",
    ]


def test_no_state_is_in_force_the_day_before_the_treaty_is(mbt_record):
    assert mbt_record.counts_on(day("1999-02-28")).parties_in_force == 0


def test_the_counts_after_the_withdrawals_of_2025_and_2026(mbt_record):
    counts = mbt_record.counts_on(day("2026-11-23"))
    assert counts.as_dict() == {
        "parties": 161,
        "parties_in_force": 161,
        "signed_not_party": 0,
        "withdrawal_pending": 0,
        "withdrawal_suspended": 0,
        "withdrawn": 5,
        "not_signed": len(mbt_record.states) - 166,
    }


def test_withdrawing_states_are_counted_as_parties_until_the_withdrawal_takes_effect(mbt_record):
    counts = mbt_record.counts_on(day("2025-12-26"))
    assert counts.withdrawal_pending == 5
    assert counts.parties == 166
    assert counts.parties_in_force == 166


def test_every_state_of_the_universe_is_counted_once(mbt_record):
    counts = mbt_record.counts_on(day("2025-12-26"))
    signed_or_worse = counts.signed_not_party + counts.withdrawn + counts.not_signed
    assert counts.parties + signed_or_worse == len(mbt_record.states)
