"""The document's date: the one given, else a dateline or letter date near the top, else today."""

import re
from datetime import date

import dateparser

# How far into a text a dateline or a letter's date is looked for.
HEAD = 400
_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
)


def document_date(text: str, given: date | None, today: date) -> tuple[date, str]:
    """The date to judge the text on, and which rule gave it: given, found in text, or today."""
    if given:
        return given, "given"
    found = found_date(text)
    return (found, "found in text") if found else (today, "today")


def found_date(text: str) -> date | None:
    for match in _DATE.finditer(text[:HEAD]):
        parsed = dateparser.parse(
            match.group(), languages=["en"], settings={"STRICT_PARSING": True}
        )
        if parsed:
            return parsed.date()
    return None
