from dataclasses import replace
from datetime import date

import pytest

from treatywatch.treaties import MBT, Completion, Deadline, Extension, TreatyRecord

day = date.fromisoformat


def _record(mbt_participations, extensions=(), completions=()):
    return TreatyRecord(MBT, mbt_participations, extensions=extensions, completions=completions)


def _table(deadlines):
    return [(d.article, d.obligation, d.due.isoformat(), d.period, d.extended) for d in deadlines]


def test_tonga_s_deadlines_run_from_its_entry_into_force(mbt_record):
    assert _table(mbt_record.deadlines("TON", through=day("2026-11-23"))) == [
        # Art. 7(1): 1 Dec 2025 + 180 days (30 + 31 + 28 + 31 + 30 + 30).
        ("7(1)", "initial_report", "2026-05-30", None, False),
        # Art. 4: four years.
        ("4", "stockpile_destruction", "2029-12-01", None, False),
        # Art. 5: ten years.
        ("5", "clearance", "2035-12-01", None, False),
    ]


def test_the_first_annual_report_is_due_on_the_first_30_april_after_the_initial_report(
    mbt_record,
):
    annual = [d for d in mbt_record.deadlines("TON", through=day("2028-01-01")) if d.period]
    assert [(d.due, d.period) for d in annual] == [
        (day("2027-04-30"), 2026),
        (day("2028-04-30"), 2027),
    ]


def test_deadlines_default_to_today(mbt_record):
    assert mbt_record.deadlines("TON") == mbt_record.deadlines("TON", through=date.today())


def test_an_extension_moves_the_clearance_deadline(mbt_participations):
    extension = Extension("TON", "5", granted_on=day("2034-11-20"), new_deadline=day("2040-12-01"))
    record = _record(mbt_participations, extensions=[extension])
    clearance = record.deadlines("TON", through=day("2035-01-01"))[-1]
    assert (clearance.article, clearance.due, clearance.extended) == ("5", day("2040-12-01"), True)


def test_the_latest_extension_granted_by_the_day_counts(mbt_participations):
    extensions = [
        Extension("AFG", "5", granted_on=day("2012-12-07"), new_deadline=day("2023-03-01")),
        Extension("AFG", "5", granted_on=day("2022-11-25"), new_deadline=day("2025-03-01")),
    ]
    record = _record(mbt_participations, extensions=extensions)

    def clearance_due(through):
        [clearance] = [d for d in record.deadlines("AFG", day(through)) if d.article == "5"]
        return clearance.due, clearance.extended

    assert clearance_due("2012-01-01") == (day("2013-03-01"), False)
    assert clearance_due("2013-01-01") == (day("2023-03-01"), True)
    assert clearance_due("2023-01-01") == (day("2025-03-01"), True)


def test_an_extension_of_the_stockpile_deadline_is_refused_for_the_mine_ban_treaty(
    mbt_participations,
):
    extension = Extension("TON", "4", granted_on=day("2028-11-20"), new_deadline=day("2031-12-01"))
    with pytest.raises(ValueError, match="Art. 5 deadlines only"):
        _record(mbt_participations, extensions=[extension])


def test_completions_mark_deadlines_as_met(mbt_participations):
    completions = [
        Completion("TON", "initial_report", completed_on=day("2026-05-20")),
        Completion("TON", "annual_report", period=2026, completed_on=None),
    ]
    record = _record(mbt_participations, completions=completions)
    deadlines = record.deadlines("TON", day("2027-06-01"))
    met = {(d.obligation, d.period): (d.met, d.met_on) for d in deadlines}
    assert met[("initial_report", None)] == (True, day("2026-05-20"))
    assert met[("annual_report", 2026)] == (True, None)
    assert met[("clearance", None)] == (None, None)


def test_a_withdrawn_state_owes_nothing_after_its_withdrawal(mbt_record):
    annual = [d for d in mbt_record.deadlines("FIN", day("2030-12-31")) if d.period]
    assert annual[-1].due == day("2025-04-30")


def test_a_withdrawal_not_yet_in_effect_leaves_the_deadlines_in_place(mbt_record):
    annual = [d for d in mbt_record.deadlines("FIN", day("2025-12-31")) if d.period]
    assert annual[-1].due == day("2025-04-30")
    assert annual[0].due == day("2013-04-30")


def test_a_state_never_in_force_has_no_deadlines(mbt_record):
    assert mbt_record.deadlines("USA", through=day("2026-11-23")) == []


def test_a_signatory_has_no_deadlines_before_its_consent(mbt_record):
    assert mbt_record.deadlines("MHL", through=day("2009-11-30")) == []


def test_a_party_not_yet_in_force_already_knows_its_deadlines(mbt_record):
    [initial, *_] = mbt_record.deadlines("TON", through=day("2025-07-01"))
    assert initial.due == day("2026-05-30")


def test_deadlines_are_sorted_by_due_date(mbt_record):
    deadlines = mbt_record.deadlines("CAN", through=day("2026-11-23"))
    assert [d.due for d in deadlines] == sorted(d.due for d in deadlines)


INITIAL = Deadline(
    "7(1)", "initial_report", "Submit the initial transparency report", day("2026-05-30")
)
MET = replace(INITIAL, met=True)
MET_EARLY = replace(INITIAL, met=True, met_on=day("2026-05-20"))
MET_LATE = replace(INITIAL, met=True, met_on=day("2026-06-20"))


@pytest.mark.parametrize(
    "deadline, as_of, state",
    [
        (INITIAL, "2026-05-29", "upcoming"),
        (INITIAL, "2026-05-30", "upcoming"),
        (INITIAL, "2026-05-31", "passed_unknown"),
        (MET, "2026-01-01", "met"),
        (MET_EARLY, "2026-05-20", "met"),
        # A view of a past day does not know of a later completion.
        (MET_LATE, "2026-06-01", "passed_unknown"),
        (MET_LATE, "2026-05-01", "upcoming"),
    ],
)
def test_a_deadline_is_met_upcoming_or_passed_but_never_called_missed(deadline, as_of, state):
    assert deadline.state_on(day(as_of)) == state
