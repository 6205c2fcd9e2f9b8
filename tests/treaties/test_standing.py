"""Where a state stands on a day, with only the actions it had taken by then; the dates that
follow from them (entry into force, effect of a withdrawal) are given even when later."""

from datetime import date

import pytest

from treatywatch.treaties import MBT, Participation, Status, TreatyRecord
from treatywatch.treaties.standing import standing_on

day = date.fromisoformat

# A signatory that ratified with the first deposits and later withdrew (Art. 20(2)).
WITHDRAWING = Participation(
    "AAA",
    signed=day("1997-12-03"),
    consented=day("1998-09-16"),
    consent_type="ratification",
    withdrawal_notified=day("2025-06-27"),
)


@pytest.fixture
def record(mbt_participations):
    return TreatyRecord(MBT, [*mbt_participations, WITHDRAWING], states=["ZZZ"])


def dated(*days):
    return tuple(day(text) if text else None for text in days)


@pytest.mark.parametrize(
    "on, status, known",
    [
        ("1997-12-02", Status.NOT_SIGNED, (None, None, None, None, None, None)),
        ("1997-12-03", Status.SIGNED, ("1997-12-03", None, None, None, None, None)),
        # Consent known: its type and the entry into force it leads to (Art. 17(1)), later.
        (
            "1998-09-16",
            Status.PARTY,
            ("1997-12-03", "1998-09-16", "ratification", "1999-03-01", None, None),
        ),
        (
            "1999-03-01",
            Status.PARTY_IN_FORCE,
            ("1997-12-03", "1998-09-16", "ratification", "1999-03-01", None, None),
        ),
        # Notice known: the effect six months on is given the day the notice is.
        (
            "2025-06-27",
            Status.WITHDRAWAL_PENDING,
            ("1997-12-03", "1998-09-16", "ratification", "1999-03-01", "2025-06-27", "2025-12-27"),
        ),
        (
            "2025-12-27",
            Status.WITHDRAWN,
            ("1997-12-03", "1998-09-16", "ratification", "1999-03-01", "2025-06-27", "2025-12-27"),
        ),
    ],
)
def test_a_standing_holds_only_what_had_happened_by_the_day(record, on, status, known):
    standing = standing_on(record, "AAA", day(on))
    signed, consented, kind, in_force, notified, effective = known
    assert (standing.iso3, standing.status, standing.consent_type) == ("AAA", status, kind)
    assert (
        standing.signed,
        standing.consented,
        standing.in_force_from,
        standing.withdrawal_notified,
        standing.withdrawal_effective,
    ) == dated(signed, consented, in_force, notified, effective)


def test_a_state_that_never_took_part_stands_nowhere_with_no_dates(record):
    standing = standing_on(record, "ZZZ", day("2026-01-01"))
    assert (standing.iso3, standing.status) == ("ZZZ", Status.NOT_SIGNED)
    assert (
        standing.signed,
        standing.consented,
        standing.consent_type,
        standing.in_force_from,
        standing.withdrawal_notified,
        standing.withdrawal_effective,
    ) == (None,) * 6
