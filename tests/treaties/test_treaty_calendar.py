from datetime import date

import pytest

from treatywatch.treaties.calendar import (
    add_months,
    add_years,
    days_in_month,
    first_day_of_sixth_month_after,
)

day = date.fromisoformat


@pytest.mark.parametrize(
    "deposit, entry_into_force",
    [
        # Art. 17(1): the 40th MBT deposit (Burkina Faso) gives 1 March 1999.
        ("1998-09-16", "1999-03-01"),
        # The day of the month does not matter, only the month.
        ("1998-09-01", "1999-03-01"),
        ("1998-09-30", "1999-03-01"),
        # Art. 17(2): Tonga, 25 Jun 2025.
        ("2025-06-25", "2025-12-01"),
        # Across a year end.
        ("2025-07-01", "2026-01-01"),
        ("2025-12-31", "2026-06-01"),
        # The 30th CCM deposit.
        ("2010-02-16", "2010-08-01"),
    ],
)
def test_first_day_of_sixth_month_after_counts_from_the_month_of_deposit(deposit, entry_into_force):
    assert first_day_of_sixth_month_after(day(deposit)) == day(entry_into_force)


@pytest.mark.parametrize(
    "start, months, expected",
    [
        # Art. 20(2): the published withdrawal dates.
        ("2025-06-27", 6, "2025-12-27"),
        ("2025-07-10", 6, "2026-01-10"),
        ("2025-08-20", 6, "2026-02-20"),
        ("2024-09-06", 6, "2025-03-06"),
        # No such day in the target month: the month's last day.
        ("2025-08-31", 6, "2026-02-28"),
        ("2023-08-31", 6, "2024-02-29"),
        ("2025-03-31", 1, "2025-04-30"),
        ("2025-01-31", -2, "2024-11-30"),
        ("2025-05-15", 0, "2025-05-15"),
        ("2025-05-15", 24, "2027-05-15"),
    ],
)
def test_add_months_keeps_the_day_and_clamps_to_the_month_end(start, months, expected):
    assert add_months(day(start), months) == day(expected)


@pytest.mark.parametrize(
    "start, years, expected",
    [
        ("2025-12-01", 4, "2029-12-01"),
        ("2025-12-01", 10, "2035-12-01"),
        ("2024-02-29", 1, "2025-02-28"),
        ("2024-02-29", 4, "2028-02-29"),
        ("2024-02-29", -1, "2023-02-28"),
    ],
)
def test_add_years_turns_29_february_into_28_february(start, years, expected):
    assert add_years(day(start), years) == day(expected)


@pytest.mark.parametrize(
    "year, month, days",
    [(2025, 1, 31), (2025, 2, 28), (2024, 2, 29), (1900, 2, 28), (2000, 2, 29), (2025, 12, 31)],
)
def test_days_in_month_knows_leap_years(year, month, days):
    assert days_in_month(year, month) == days
