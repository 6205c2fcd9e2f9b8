"""Every status change of a few named states, tested on the day before and on the day."""

from datetime import date, timedelta

import pytest

from treatywatch.treaties import Status

day = date.fromisoformat

NOT_SIGNED = Status.NOT_SIGNED
SIGNED = Status.SIGNED
PARTY = Status.PARTY
IN_FORCE = Status.PARTY_IN_FORCE
PENDING = Status.WITHDRAWAL_PENDING
WITHDRAWN = Status.WITHDRAWN

# (state, event, day of the change, status the day before, status on the day)
CHANGES = [
    ("CAN", "signature and ratification", "1997-12-03", NOT_SIGNED, PARTY),
    ("CAN", "entry into force", "1999-03-01", PARTY, IN_FORCE),
    ("BFA", "signature", "1997-12-03", NOT_SIGNED, SIGNED),
    ("BFA", "40th deposit", "1998-09-16", SIGNED, PARTY),
    ("BFA", "entry into force", "1999-03-01", PARTY, IN_FORCE),
    ("AFG", "accession", "2002-09-11", NOT_SIGNED, PARTY),
    ("AFG", "entry into force", "2003-03-01", PARTY, IN_FORCE),
    ("UKR", "signature", "1999-02-24", NOT_SIGNED, SIGNED),
    ("UKR", "ratification", "2005-12-27", SIGNED, PARTY),
    ("UKR", "entry into force", "2006-06-01", PARTY, IN_FORCE),
    ("MNE", "succession, in force at once", "2006-10-23", NOT_SIGNED, IN_FORCE),
    ("MHL", "signature", "1997-12-04", NOT_SIGNED, SIGNED),
    ("MHL", "ratification", "2025-03-12", SIGNED, PARTY),
    ("MHL", "entry into force", "2025-09-01", PARTY, IN_FORCE),
    ("TON", "accession", "2025-06-25", NOT_SIGNED, PARTY),
    ("TON", "entry into force", "2025-12-01", PARTY, IN_FORCE),
    ("LTU", "signature", "1999-02-26", NOT_SIGNED, SIGNED),
    ("LTU", "ratification", "2003-05-12", SIGNED, PARTY),
    ("LTU", "entry into force", "2003-11-01", PARTY, IN_FORCE),
    ("LTU", "withdrawal notice", "2025-06-27", IN_FORCE, PENDING),
    ("LTU", "withdrawal effect", "2025-12-27", PENDING, WITHDRAWN),
    ("EST", "accession", "2004-05-12", NOT_SIGNED, PARTY),
    ("EST", "entry into force", "2004-11-01", PARTY, IN_FORCE),
    ("EST", "withdrawal notice", "2025-06-27", IN_FORCE, PENDING),
    ("EST", "withdrawal effect", "2025-12-27", PENDING, WITHDRAWN),
    ("LVA", "accession", "2005-07-01", NOT_SIGNED, PARTY),
    ("LVA", "entry into force", "2006-01-01", PARTY, IN_FORCE),
    ("LVA", "withdrawal notice", "2025-06-27", IN_FORCE, PENDING),
    ("LVA", "withdrawal effect", "2025-12-27", PENDING, WITHDRAWN),
    ("FIN", "accession", "2012-01-09", NOT_SIGNED, PARTY),
    ("FIN", "entry into force", "2012-07-01", PARTY, IN_FORCE),
    ("FIN", "withdrawal notice", "2025-07-10", IN_FORCE, PENDING),
    ("FIN", "withdrawal effect", "2026-01-10", PENDING, WITHDRAWN),
    ("POL", "signature", "1997-12-04", NOT_SIGNED, SIGNED),
    ("POL", "ratification", "2012-12-27", SIGNED, PARTY),
    ("POL", "entry into force", "2013-06-01", PARTY, IN_FORCE),
    ("POL", "withdrawal notice", "2025-08-20", IN_FORCE, PENDING),
    ("POL", "withdrawal effect", "2026-02-20", PENDING, WITHDRAWN),
]


@pytest.mark.parametrize("iso3, event, changed_on, before, after", CHANGES)
def test_status_changes_on_the_day_of_each_event(
    mbt_record, iso3, event, changed_on, before, after
):
    changed_on = day(changed_on)
    assert mbt_record.status_on(iso3, changed_on - timedelta(days=1)) == before, event
    assert mbt_record.status_on(iso3, changed_on) == after, event


@pytest.mark.parametrize("iso3", sorted({change[0] for change in CHANGES}))
def test_the_table_lists_every_change_of_the_state(mbt_record, iso3):
    listed = [(day(on), after) for state, _, on, _, after in CHANGES if state == iso3]
    assert mbt_record.status_changes(iso3) == sorted(listed, key=lambda change: change[0])


def test_tonga_is_a_party_not_yet_in_force_on_30_november_2025(mbt_record):
    assert mbt_record.status_on("TON", day("2025-11-30")) == Status.PARTY


def test_tonga_is_a_party_in_force_on_1_december_2025(mbt_record):
    assert mbt_record.status_on("TON", day("2025-12-01")) == Status.PARTY_IN_FORCE


@pytest.mark.parametrize("iso3", ["EST", "LVA", "LTU"])
def test_the_baltic_states_withdrew_on_27_december_2025(mbt_record, iso3):
    assert mbt_record.status_on(iso3, day("2025-12-26")) == Status.WITHDRAWAL_PENDING
    assert mbt_record.status_on(iso3, day("2025-12-27")) == Status.WITHDRAWN
    assert mbt_record.withdrawal_effective(iso3) == day("2025-12-27")


def test_finland_withdrew_on_10_january_2026(mbt_record):
    assert mbt_record.withdrawal_effective("FIN") == day("2026-01-10")


def test_poland_withdrew_on_20_february_2026_absent_an_armed_conflict(mbt_record):
    assert mbt_record.withdrawal_effective("POL") == day("2026-02-20")


def test_a_state_that_never_joined_is_not_signed_today(mbt_record):
    assert mbt_record.status_on("USA", day("2026-11-23")) == Status.NOT_SIGNED
    assert mbt_record.status_changes("USA") == []


def test_nobody_has_signed_before_the_treaty_opened_for_signature(mbt_record):
    statuses = mbt_record.statuses_on(day("1997-12-02"))
    assert set(statuses.values()) == {Status.NOT_SIGNED}


def test_a_state_outside_the_record_is_a_key_error(mbt_record):
    with pytest.raises(KeyError, match="XYZ"):
        mbt_record.status_on("XYZ", day("2020-01-01"))


def test_participation_returns_the_depositary_facts(mbt_record):
    assert mbt_record.participation("TON").consent_type == "accession"
    assert mbt_record.participation("USA") is None
