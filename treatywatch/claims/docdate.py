"""The document's date: the one given, else a dateline or letter date near the top, else today."""

import re
from datetime import date

from treatywatch.claims.dates import dates_in

# What may stand before a dateline's date on its line: a place, a weekday ("Geneva, ",
# "Monday "), a bracket.
_DATELINE = re.compile(
    r"^[\W\d]*(?:(?!(?:On|In|Since|By|From|Until|Before|After)\b)[A-Z][\w.’'-]*,?\s+){0,4}\W*$"
)
# How far into a text a dateline or a letter's date is looked for.
HEAD = 400


def document_date(text: str, given: date | None, today: date) -> tuple[date, str]:
    """The date to judge the text on, and which rule gave it: given, found in text, or today."""
    if given:
        return given, "given"
    found = found_date(text)
    return (found, "found in text") if found else (today, "today")


def found_date(text: str) -> date | None:
    """The first full date (day, month and year) near the top that starts its line or follows
    a place: a dateline, a letter's date; not one the prose tells of ("adopted on 30 May 2008")."""
    for when in dates_in(text[:HEAD]):
        line = text[: when.start].rsplit("\n", 1)[-1]
        if when.year and when.month and when.day and _DATELINE.match(line):
            try:
                return date(when.year, when.month, when.day)
            except ValueError:
                continue
    return None
