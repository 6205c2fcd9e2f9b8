from dataclasses import replace
from datetime import date

import pytest

from treatywatch.treaties import CCM, MBT, Deadline, Extension, Finding, TreatyRecord
from treatywatch.treaties.milestones import Milestones
from treatywatch.treaties.obligations import state_deadlines

day = date.fromisoformat


def _record(mbt_participations, extensions=(), findings=()):
    return TreatyRecord(MBT, mbt_participations, extensions=extensions, findings=findings)


def _on(iso3, obligation, kind="completed", period=None, first=None, last=None):
    first = first and day(first)
    return Finding(iso3, obligation, kind, period, first, day(last) if last else first)


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


@pytest.mark.parametrize(
    "first, last, due_text, state_on_2027_03_15",
    [
        # The source gives the day: the deadline is that day.
        ("2027-03-01", "2027-03-01", "2027-03-01", "unknown"),
        # "until March 2027": due by the month's last day, and said no more precisely.
        ("2027-03-01", "2027-03-31", "2027-03", "in_progress"),
        # "until 2030": due by the year's last day.
        ("2030-01-01", "2030-12-31", "2030", "in_progress"),
    ],
)
def test_a_new_deadline_known_only_to_the_month_or_year_is_due_by_its_last_day(
    mbt_participations, first, last, due_text, state_on_2027_03_15
):
    extension = Extension("AFG", "5", day("2020-11-20"), day(last), "", "s", day(first))
    record = _record(mbt_participations, extensions=[extension])
    [clearance] = [d for d in record.deadlines("AFG", day("2027-03-15")) if d.article == "5"]
    assert (clearance.due, clearance.due_text) == (day(last), due_text)
    assert clearance.state_on(day("2027-03-15")) == state_on_2027_03_15


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


def test_findings_attach_to_the_deadlines_they_concern(mbt_participations):
    findings = [
        _on("TON", "initial_report", first="2026-05-20"),
        _on("TON", "annual_report", period=2026),
    ]
    record = _record(mbt_participations, findings=findings)
    deadlines = record.deadlines("TON", day("2027-06-01"))
    states = {(d.obligation, d.period): d.state_on(day("2027-06-01")) for d in deadlines}
    assert states[("initial_report", None)] == "met"
    assert states[("annual_report", 2026)] == "met"
    assert states[("clearance", None)] == "upcoming"


def test_an_extended_deadline_keeps_its_original_due_date_and_each_extension(
    mbt_participations,
):
    extensions = [
        Extension("AFG", "5", day("2022-11-25"), day("2025-03-01"), "mbt-msp-20", "s2"),
        Extension("AFG", "5", day("2012-12-07"), day("2023-03-01"), "mbt-msp-12", "s1"),
    ]
    record = _record(mbt_participations, extensions=extensions)
    [clearance] = [d for d in record.deadlines("AFG", day("2024-01-01")) if d.article == "5"]
    assert clearance.original_due == day("2013-03-01")
    assert clearance.due == day("2025-03-01")
    assert [e.meeting for e in clearance.extensions] == ["mbt-msp-12", "mbt-msp-20"]


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


@pytest.mark.parametrize(
    "treaty, extendable",
    [
        # MBT Art. 5(3): only clearance; Art. 4 and the reports have no extension.
        ("mbt", {"initial_report": False, "stockpile_destruction": False, "clearance": True}),
        # CCM Arts. 3(3) and 4(5): stockpile destruction and clearance both.
        ("ccm", {"initial_report": False, "stockpile_destruction": True, "clearance": True}),
    ],
)
def test_only_the_deadlines_a_treaty_lets_a_meeting_extend_are_extendable(treaty, extendable):
    treaty = {"mbt": MBT, "ccm": CCM}[treaty]
    milestones = Milestones(consented=day("2000-01-01"), in_force=day("2000-07-01"))
    deadlines = state_deadlines(treaty, milestones, day("2001-01-01"), (), ())
    assert {d.obligation: d.extendable for d in deadlines if d.period is None} == extendable


def test_deadlines_are_sorted_by_due_date(mbt_record):
    deadlines = mbt_record.deadlines("CAN", through=day("2026-11-23"))
    assert [d.due for d in deadlines] == sorted(d.due for d in deadlines)


INITIAL = Deadline(
    "7(1)", "initial_report", "Submit the initial transparency report", day("2026-05-30")
)
STOCKPILE = Deadline("4", "stockpile_destruction", "Destroy stockpiles", day("2010-06-01"))
CLEARANCE = Deadline("5", "clearance", "Clear mined areas", day("2013-01-01"), extendable=True)
EXTENDED = replace(
    CLEARANCE,
    due=day("2018-01-01"),
    extensions=(Extension("AGO", "5", day("2012-12-07"), day("2018-01-01")),),
)


def _with(deadline, *findings):
    return replace(deadline, findings=findings)


MET_UNDATED = _with(INITIAL, _on("TON", "initial_report"))
MET_EARLY = _with(INITIAL, _on("TON", "initial_report", first="2026-05-20"))
MET_LATER = _with(INITIAL, _on("TON", "initial_report", first="2026-06-20"))
MISSED = _with(STOCKPILE, _on("UKR", "stockpile_destruction", "missed", first="2010-06-02"))
MISSED_THEN_MET = _with(
    STOCKPILE,
    _on("BLR", "stockpile_destruction", "missed", first="2010-06-02"),
    _on("BLR", "stockpile_destruction", first="2017-01-01", last="2017-12-31"),
)
MET_IN_THE_YEAR_DUE = _with(
    STOCKPILE, _on("GRC", "stockpile_destruction", first="2010-01-01", last="2010-12-31")
)
NONE_HELD = _with(STOCKPILE, _on("AND", "stockpile_destruction", "not_applicable"))
ORIGINAL_MISSED_THEN_EXTENDED = replace(
    _with(CLEARANCE, _on("UKR", "clearance", "missed", first="2013-01-01")),
    due=day("2021-06-01"),
    extensions=(Extension("UKR", "5", day("2018-11-30"), day("2021-06-01")),),
)
ORIGINAL_MISSED_EXTENDED_THEN_MET = replace(
    ORIGINAL_MISSED_THEN_EXTENDED,
    findings=ORIGINAL_MISSED_THEN_EXTENDED.findings
    + (_on("UKR", "clearance", first="2020-01-01", last="2020-12-31"),),
)
CLEARED_AFTER_THE_DATE_IN_THE_RECORD = _with(
    EXTENDED, _on("VEN", "clearance", first="2018-03-01", last="2018-03-31")
)
CLEARED_AFTER_A_MISSED_DATE = _with(
    EXTENDED,
    _on("MOZ", "clearance", "missed", first="2018-01-02"),
    _on("MOZ", "clearance", first="2018-03-01", last="2018-03-31"),
)
MISSED_ON_THE_EXTENDED_DATE = _with(EXTENDED, _on("AGO", "clearance", "missed", first="2018-01-01"))
MISSED_THEN_MET_UNDATED = _with(
    STOCKPILE,
    _on("TUR", "stockpile_destruction", "missed", first="2010-07-01", last="2010-07-31"),
    _on("TUR", "stockpile_destruction"),
)


@pytest.mark.parametrize(
    "deadline, as_of, state",
    [
        (INITIAL, "2026-05-29", "upcoming"),
        # The due date itself is still in time.
        (INITIAL, "2026-05-30", "upcoming"),
        # Passed, and no source says anything: unknown, never missed.
        (INITIAL, "2026-05-31", "unknown"),
        (MET_UNDATED, "2026-01-01", "met"),
        (MET_EARLY, "2026-05-20", "met"),
        # A view of a past day does not know of a later completion.
        (MET_LATER, "2026-06-01", "unknown"),
        (MET_LATER, "2026-05-01", "upcoming"),
        (MET_LATER, "2026-06-20", "met_late"),
        # Missed only where a source says so, and only once the due date has passed.
        (MISSED, "2010-06-01", "upcoming"),
        (MISSED, "2011-01-01", "missed"),
        (MISSED_THEN_MET, "2016-12-31", "missed"),
        # Known from the last day of the year the source gives.
        (MISSED_THEN_MET, "2017-06-30", "missed"),
        (MISSED_THEN_MET, "2018-01-01", "met_late"),
        # "In 2010" against 1 June 2010 is not known to be late.
        (MET_IN_THE_YEAR_DUE, "2011-01-01", "met"),
        (NONE_HELD, "2026-01-01", "not_applicable"),
        # A completion the record cannot date, after a source said it was missed: late.
        (MISSED_THEN_MET_UNDATED, "2026-01-01", "met_late"),
        # Art. 5(3): that the original deadline was missed says nothing of the extended one.
        (ORIGINAL_MISSED_THEN_EXTENDED, "2020-01-01", "in_progress"),
        (ORIGINAL_MISSED_THEN_EXTENDED, "2022-01-01", "unknown"),
        (ORIGINAL_MISSED_EXTENDED_THEN_MET, "2022-01-01", "met"),
        # ...but a source dated to the extended due day itself speaks of the extended one.
        (MISSED_ON_THE_EXTENDED_DATE, "2018-01-02", "missed"),
        # Art. 5(3): an extended deadline not yet due is in progress.
        (EXTENDED, "2017-12-31", "in_progress"),
        (EXTENDED, "2018-01-02", "unknown"),
        # Art. 5(3): a later grant the record lacks may have moved the date: not known late...
        (CLEARED_AFTER_THE_DATE_IN_THE_RECORD, "2019-01-01", "met"),
        # ...unless a source says the deadline was missed.
        (CLEARED_AFTER_A_MISSED_DATE, "2019-01-01", "met_late"),
    ],
)
def test_a_deadline_state_follows_only_what_sources_say_by_the_day(deadline, as_of, state):
    assert deadline.state_on(day(as_of)) == state


def test_a_finding_on_one_annual_report_leaves_the_other_years_alone(mbt_participations):
    findings = [
        _on("TON", "annual_report", period=2026),
        _on("TON", "annual_report", kind="missed", period=2027, first="2028-05-01"),
        _on("TON", "annual_report", period=2027, first="2028-06-01"),
    ]
    record = _record(mbt_participations, findings=findings)
    annual = {
        d.period: [f.kind for f in d.findings]
        for d in record.deadlines("TON", day("2029-06-01"))
        if d.obligation == "annual_report"
    }
    # In the order the record gives them.
    assert annual == {2026: ["completed"], 2027: ["missed", "completed"], 2028: []}
