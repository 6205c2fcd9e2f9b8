"""The document's date: the one given, else a dateline or letter date near the top, else today."""

from datetime import date

from treatywatch.claims.dates import dates_in

# How far into a text a dateline or a letter's date is looked for.
HEAD = 400


def document_date(text: str, given: date | None, today: date) -> tuple[date, str]:
    """The date to judge the text on, and which rule gave it: given, found in text, or today."""
    if given:
        return given, "given"
    found = found_date(text)
    return (found, "found in text") if found else (today, "today")


def found_date(text: str) -> date | None:
    """The first full date (day, month and year) near the top: a dateline, a letter's date."""
    for when in dates_in(text[:HEAD]):
        if when.year and when.month and when.day:
            try:
                return date(when.year, when.month, when.day)
            except ValueError:
                continue
    return None
