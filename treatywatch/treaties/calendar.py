"""Calendar arithmetic used by the treaties' time limits.

The treaties count in months and years from a given day. Where the same day number
does not exist in the target month (31 August + 6 months), the period ends on the
last day of that month: the period cannot run into the month after, so the last day
it can reach is the month's last day. A year from 29 February is 28 February.
"""

from calendar import monthrange
from datetime import date

__all__ = [
    "add_months",
    "add_years",
    "days_in_month",
    "first_day_of_sixth_month_after",
]


def days_in_month(year: int, month: int) -> int:
    """Number of days in the month (28 to 31)."""
    return monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    """The same day number `months` later (or earlier), clamped to the month's end."""
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 28 February."""
    return add_months(day, 12 * years)


def first_day_of_sixth_month_after(day: date) -> date:
    """The first day of the sixth month after the month in which `day` falls.

    Both treaties' Art. 17 count whole months from the month of deposit, so the day
    within that month does not matter: 16 Sep 1998 and 30 Sep 1998 both give 1 Mar 1999.
    """
    return add_months(day.replace(day=1), 6)
