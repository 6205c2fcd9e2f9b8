"""Dates in words, as the Monitor writes them: "23 September 2014", "3 Dec 1997", "May 1998".

Month names are spelled out here rather than taken from `calendar`, whose names follow
the server's locale.
"""

from datetime import date

from treatywatch.dataset.partial_date import PartialDate

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_words(day: date) -> str:
    """ "23 September 2014"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_day_words(day: date) -> str:
    """ "3 Dec 1997": the compact form of the status lines."""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def month_words(day: date) -> str:
    """ "December 2009"."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def partial_date_words(text: str) -> str:
    """A date known to the day, month or year, in words only as precise as it is known."""
    partial = PartialDate.parse(text)
    if partial.day:
        return day_words(partial.first_day)
    if partial.month:
        return month_words(partial.first_day)
    return str(partial.year)


def publication_date_words(text: str) -> str:
    """A source's publication date in words; "n.d." (no date) when the record has none."""
    return partial_date_words(text) if text else "n.d."
