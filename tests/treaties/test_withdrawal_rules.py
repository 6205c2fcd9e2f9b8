from datetime import date

import pytest

from treatywatch.treaties import (
    MBT,
    ArmedConflict,
    Participation,
    Status,
    TreatyRecord,
    withdrawal_takes_effect,
)

day = date.fromisoformat


@pytest.mark.parametrize(
    "state, notified, effective",
    [
        # Art. 20(2): the depositary's published dates.
        ("Estonia, Latvia, Lithuania", "2025-06-27", "2025-12-27"),
        ("Finland", "2025-07-10", "2026-01-10"),
        ("Poland", "2025-08-20", "2026-02-20"),
        ("Lithuania from the CCM", "2024-09-06", "2025-03-06"),
        ("a notice on 31 August ends on the last day of February", "2025-08-31", "2026-02-28"),
    ],
)
def test_a_withdrawal_takes_effect_six_months_after_notice(state, notified, effective):
    assert withdrawal_takes_effect(MBT, day(notified), []) == day(effective), state


POLAND_NOTICE = day("2025-08-20")  # six months run out on 2026-02-20


@pytest.mark.parametrize(
    "case, conflicts, effective",
    [
        # Art. 20(3): engaged in armed conflict on the expiry of the six months.
        ("ongoing conflict", [("2026-01-01", None)], None),
        ("conflict ends later: the day after", [("2026-01-01", "2026-07-14")], "2026-07-15"),
        ("conflict ends on the expiry day", [("2026-01-01", "2026-02-20")], "2026-02-21"),
        ("conflict starts on the expiry day", [("2026-02-20", "2026-03-01")], "2026-03-02"),
        # Art. 20(3) looks only at the expiry day.
        ("conflict ended the day before", [("2026-01-01", "2026-02-19")], "2026-02-20"),
        ("conflict starts the day after", [("2026-02-21", None)], "2026-02-20"),
        (
            "two conflicts at the expiry: the later end",
            [("2026-01-01", "2026-05-31"), ("2026-02-01", "2026-09-30")],
            "2026-10-01",
        ),
        (
            "one of two conflicts still going on",
            [("2026-01-01", "2026-05-31"), ("2026-02-01", None)],
            None,
        ),
    ],
)
def test_an_armed_conflict_on_the_expiry_holds_the_withdrawal_back(case, conflicts, effective):
    facts = [ArmedConflict("POL", day(start), end and day(end)) for start, end in conflicts]
    expected = effective and day(effective)
    assert withdrawal_takes_effect(MBT, POLAND_NOTICE, facts) == expected, case


def test_conflicts_of_several_states_are_refused():
    conflicts = [ArmedConflict("POL", day("2026-01-01")), ArmedConflict("UKR", day("2022-02-24"))]
    with pytest.raises(
        ValueError, match=r"\(POL, UKR\); pass only the withdrawing state's conflicts"
    ):
        withdrawal_takes_effect(MBT, POLAND_NOTICE, conflicts)


@pytest.fixture
def poland_at_war(mbt_participations, universe):
    conflicts = [ArmedConflict("POL", day("2026-01-01"))]
    return TreatyRecord(MBT, mbt_participations, universe, conflicts=conflicts)


@pytest.mark.parametrize(
    "on, status",
    [
        ("2025-08-19", Status.PARTY_IN_FORCE),
        ("2025-08-20", Status.WITHDRAWAL_PENDING),
        ("2026-02-19", Status.WITHDRAWAL_PENDING),
        ("2026-02-20", Status.WITHDRAWAL_SUSPENDED),
        ("2026-11-23", Status.WITHDRAWAL_SUSPENDED),
    ],
)
def test_poland_at_war_has_its_withdrawal_suspended(poland_at_war, on, status):
    assert poland_at_war.status_on("POL", day(on)) == status


def test_a_suspended_withdrawal_has_no_effective_date(poland_at_war):
    assert poland_at_war.withdrawal_effective("POL") is None


def test_a_suspended_withdrawal_still_counts_as_a_party_in_force(poland_at_war):
    counts = poland_at_war.counts_on(day("2026-03-01"))
    assert counts.withdrawal_suspended == 1
    assert counts.parties == 162
    assert counts.parties_in_force == 162


def test_conflicts_of_other_states_do_not_hold_back_a_withdrawal(mbt_participations):
    record = TreatyRecord(
        MBT, mbt_participations, conflicts=[ArmedConflict("UKR", day("2022-02-24"))]
    )
    assert record.withdrawal_effective("POL") == day("2026-02-20")


def _with_polish_conflict(participations, start, end=None):
    conflicts = [ArmedConflict("POL", day(start), end and day(end))]
    return TreatyRecord(MBT, participations, conflicts=conflicts)


@pytest.mark.parametrize(
    "on, status",
    [
        ("2026-02-20", Status.WITHDRAWAL_SUSPENDED),
        ("2026-06-30", Status.WITHDRAWAL_SUSPENDED),
        ("2026-07-01", Status.WITHDRAWN),
    ],
)
def test_poland_withdraws_the_day_after_its_conflict_ends(mbt_participations, on, status):
    record = _with_polish_conflict(mbt_participations, "2026-01-01", "2026-06-30")
    assert record.withdrawal_effective("POL") == day("2026-07-01")
    assert record.status_on("POL", day(on)) == status


def test_a_conflict_that_ended_before_the_expiry_does_not_delay_the_withdrawal(
    mbt_participations,
):
    record = _with_polish_conflict(mbt_participations, "2025-01-01", "2025-12-31")
    assert record.status_on("POL", day("2026-02-20")) == Status.WITHDRAWN


def test_a_notice_given_before_the_state_is_in_force_is_pending_meanwhile():
    early_deposits = [Participation(f"S{n:02d}", consented=day("1998-01-05")) for n in range(40)]
    tonga = Participation(
        "TON",
        consented=day("2025-06-25"),
        consent_type="accession",
        withdrawal_notified=day("2025-08-01"),
    )
    record = TreatyRecord(MBT, [*early_deposits, tonga])
    assert record.status_on("TON", day("2025-08-01")) == Status.WITHDRAWAL_PENDING
    assert record.status_on("TON", day("2026-02-01")) == Status.WITHDRAWN


def test_an_entry_into_force_during_a_pending_withdrawal_is_no_change_of_status(
    mbt_participations,
):
    # Art. 17(2) and 20(2): notified before the treaty is in force for it, the state stays
    # "withdrawal pending" through its entry into force; its history says so once.
    newcomer = Participation(
        "ZZZ", consented=day("2025-06-25"), withdrawal_notified=day("2025-08-01")
    )
    record = TreatyRecord(MBT, [*mbt_participations, newcomer])
    assert record.in_force_from("ZZZ") == day("2025-12-01")
    assert record.status_changes("ZZZ") == [
        (day("2025-06-25"), Status.PARTY),
        (day("2025-08-01"), Status.WITHDRAWAL_PENDING),
        (day("2026-02-01"), Status.WITHDRAWN),
    ]
