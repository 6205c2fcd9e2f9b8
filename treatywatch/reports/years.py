"""Which years have an annual report, and the day each report is computed for. Pure Python.

A report covers one calendar year from 1999, the year the Mine Ban Treaty entered into
force (Art. 17(1): 1 March 1999), to the current one. It reads the record as of 31
December of its year, or as of today while the year is still running."""

from datetime import date

__all__ = [
    "FIRST_YEAR",
    "ReportRefused",
    "check_as_of",
    "check_year",
    "report_date",
    "report_years",
]

FIRST_YEAR = 1999


class ReportRefused(ValueError):
    """A year or date no report exists for; the message says which ones do."""


def report_years(today: date) -> range:
    return range(FIRST_YEAR, today.year + 1)


def check_year(year: int, today: date) -> int:
    if year not in report_years(today):
        raise ReportRefused(
            f"there is no annual report for {year}: give a year from {FIRST_YEAR} to {today.year}"
        )
    return year


def report_date(year: int, today: date) -> date:
    """The day the report of `year` reads the record as of, by default."""
    return today if year == today.year else date(year, 12, 31)


def check_as_of(year: int, as_of: date) -> date:
    """`as_of`, if it falls in the report's year: a report of one year as of a day of another
    would count that other year's steps."""
    if as_of.year != year:
        raise ReportRefused(
            f"as_of: {as_of.isoformat()} is not in {year}; give a day from {year}-01-01 "
            f"to {year}-12-31"
        )
    return as_of
