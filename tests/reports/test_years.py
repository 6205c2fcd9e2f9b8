from datetime import date

import pytest

from treatywatch.reports.years import (
    ReportRefused,
    check_as_of,
    check_year,
    report_date,
    report_years,
)

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize("year", [1999, 2009, 2025, 2026])
def test_a_year_from_1999_to_the_current_one_has_a_report(year):
    assert check_year(year, TODAY) == year and year in report_years(TODAY)


@pytest.mark.parametrize("year", [1998, 2027, 0])
def test_a_year_outside_1999_to_the_current_one_is_refused_naming_the_range(year):
    with pytest.raises(
        ReportRefused, match=f"no annual report for {year}: give a year from 1999 to 2026"
    ):
        check_year(year, TODAY)


@pytest.mark.parametrize(
    "year, day",
    [(1999, date(1999, 12, 31)), (2025, date(2025, 12, 31)), (2026, TODAY)],
)
def test_a_report_reads_the_record_as_of_31_december_or_today_for_the_current_year(year, day):
    assert report_date(year, TODAY) == day


@pytest.mark.parametrize("day", [date(2025, 1, 1), date(2025, 6, 30), date(2025, 12, 31)])
def test_a_day_within_the_year_is_a_valid_as_of(day):
    assert check_as_of(2025, day) == day


@pytest.mark.parametrize("day", [date(2024, 12, 31), date(2026, 1, 1)])
def test_a_day_outside_the_year_is_refused(day):
    with pytest.raises(ReportRefused, match="is not in 2025; give a day from 2025-01-01"):
        check_as_of(2025, day)
