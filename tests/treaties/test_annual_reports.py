"""Art. 7(2): the first annual report falls due on the first 30 April strictly after the
initial report's deadline (Art. 7(1), 180 days after entry into force), never on the same
day; the cases are the days around 30 April that entry into force can put the initial
report on."""

from datetime import date

import pytest

from treatywatch.treaties import MBT, Participation, TreatyRecord

day = date.fromisoformat


def _reports(mbt_participations, deposited: str):
    newcomer = Participation("ZZZ", consented=day(deposited), consent_type="accession")
    record = TreatyRecord(MBT, [*mbt_participations, newcomer])
    deadlines = record.deadlines("ZZZ", through=day("2031-12-31"))
    [initial] = [d for d in deadlines if d.obligation == "initial_report"]
    annual = [d for d in deadlines if d.obligation == "annual_report"]
    return record.in_force_from("ZZZ"), initial.due, annual


@pytest.mark.parametrize(
    "deposited, in_force, initial_due, first_annual_due",
    [
        # 1 Nov + 180 days is 30 April itself: that day's report is the initial one only.
        ("2025-05-20", "2025-11-01", "2026-04-30", "2027-04-30"),
        # In a leap year the same entry into force puts it on 29 April: the next day counts.
        ("2027-05-20", "2027-11-01", "2028-04-29", "2028-04-30"),
        # Due in March: the annual report follows a month later.
        ("2025-04-20", "2025-10-01", "2026-03-30", "2026-04-30"),
        # Due in May, after 30 April: the next year's (Tonga's case).
        ("2025-06-25", "2025-12-01", "2026-05-30", "2027-04-30"),
        # Art. 17(1): the first deposits entered into force with the treaty, on 1 March 1999.
        ("1998-01-15", "1999-03-01", "1999-08-28", "2000-04-30"),
    ],
)
def test_the_first_annual_report_is_due_on_the_first_30_april_after_the_initial_report(
    mbt_participations, deposited, in_force, initial_due, first_annual_due
):
    in_force_from, initial, annual = _reports(mbt_participations, deposited)
    assert (in_force_from, initial, annual[0].due) == (
        day(in_force),
        day(initial_due),
        day(first_annual_due),
    )


def test_no_annual_report_is_due_on_the_day_of_the_initial_report(mbt_participations):
    _, initial, annual = _reports(mbt_participations, "2025-05-20")
    assert initial not in [report.due for report in annual]


def test_each_annual_report_covers_the_year_before_it_falls_due(mbt_participations):
    _, _, annual = _reports(mbt_participations, "2025-05-20")
    assert [(report.due.year, report.period) for report in annual] == [
        (year, year - 1) for year in range(2027, 2032)
    ]
