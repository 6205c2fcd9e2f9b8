"""A UN Treaty Collection status page (treaties.un.org, "ViewDetails.aspx"), as a browser
saves it: the status date, the chapter, and each participant's signature, consent and
withdrawal, read as the depositary writes them."""

import re
from dataclasses import dataclass
from datetime import date

from treatywatch.importers.html_page import Cell, read_page
from treatywatch.importers.problems import WrongShape
from treatywatch.profiles.date_words import MONTHS
from treatywatch.treaties import CONSENT_TYPES, consent_type_named

# The depositary's suffixes after a date of consent ("a" accession, none a ratification...),
# as the engine knows them.
CONSENT_SUFFIXES = {consent_type_named(name).depositary_mark: name for name in CONSENT_TYPES}
_MONTHS = [month[:3] for month in MONTHS]
_GRID_ID = re.compile(r"_tblgrid$")
_STATUS = re.compile(r"STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})")
_CHAPTER = re.compile(r"mtdsg_no=([IVXLC]+-\d+)")
# "11 Sep 2002 a", "[ 9 Jan 2012 a]": brackets mark a participation that has ended.
_TABLE_DATE = re.compile(r"^\[?\s*(\d{1,2} [A-Z][a-z]{2}) (\d{4})\s*([a-zA-Z]{0,2})\s*\]?$")
_NOTE_DATE = r"(\d{1,2} [A-Z][a-z]+ \d{4})"
_NOTIFIED = re.compile(
    rf"On {_NOTE_DATE},? the Government of .{{0,120}}? deposited with the Secretary-General a notification of withdrawal"
)
_EFFECTIVE = re.compile(rf"withdrawal (?:took|will take) effect for .{{0,80}}? on {_NOTE_DATE}")
_NOTIFICATION = re.compile(r"C\.N\.\d+\.\d{4}\.TREATIES-[IVXLC]+[-.]\d+")


@dataclass(frozen=True)
class Withdrawal:
    notified: date
    effective: date | None  # None where the note does not give it
    notification: str  # the depositary notification's symbol, where the note gives it
    note: str  # the end note's number


@dataclass(frozen=True)
class Participant:
    name: str
    signature: date | None
    consent: date | None
    consent_type: str | None
    withdrawal: Withdrawal | None


@dataclass(frozen=True)
class StatusPage:
    chapter: str | None  # "XXVI-5"; None where the saved page does not name it
    status_as_at: date
    participants: tuple[Participant, ...]


def read_status_page(html: str) -> StatusPage:
    page = read_page(html, "divNotesAll")
    status = _STATUS.search(page.text)
    grid = next((rows for name, rows in page.tables.items() if _GRID_ID.search(name)), None)
    if status is None or not grid:
        missing = (
            "participants table (a table whose id ends in _tblgrid)"
            if not grid
            else "'STATUS AS AT' date"
        )
        raise WrongShape(f"not a UN Treaty Collection status page: it has no {missing}")
    notes = {block.anchor: block.text for block in page.blocks if block.anchor}
    day, month, year = status.groups()
    chapter = _CHAPTER.search(html)
    return StatusPage(
        chapter=chapter.group(1) if chapter else None,
        status_as_at=date(int(year), int(month), int(day)),
        participants=tuple(_participants(grid, notes)),
    )


def _participants(grid: list[list[Cell]], notes: dict[str, str]):
    header, *rows = grid
    columns = _columns([cell.text for cell in header])
    for number, row in enumerate(rows, 1):
        if len(row) != len(header):
            raise WrongShape(
                f"row {number} of the participants table has {len(row)} cells, not {len(header)}"
            )
        yield _participant(row, columns, notes)


def _columns(headings: list[str]) -> dict[str, int]:
    wanted = {"participant": "Participant", "signature": "Signature", "consent": "Ratification"}
    found = {
        key: next((i for i, text in enumerate(headings) if word in text), None)
        for key, word in wanted.items()
    }
    missing = [wanted[key] for key, index in found.items() if index is None]
    if missing:
        raise WrongShape(f"the participants table has no column {', '.join(missing)}")
    return found


def _participant(row: list[Cell], columns: dict[str, int], notes: dict[str, str]) -> Participant:
    name = row[columns["participant"]]
    signature, _ = _table_date(name.text, row[columns["signature"]], "")
    consent, suffix = _table_date(name.text, row[columns["consent"]], *CONSENT_SUFFIXES)
    return Participant(
        name=name.text,
        signature=signature,
        consent=consent,
        consent_type=CONSENT_SUFFIXES[suffix] if consent else None,
        withdrawal=next(filter(None, (_withdrawal(n, notes.get(n, "")) for n in name.notes)), None),
    )


def _table_date(participant: str, cell: Cell, *suffixes: str) -> tuple[date | None, str]:
    if not cell.text:
        return None, ""
    found = _TABLE_DATE.match(cell.text)
    if found is None or found.group(3) not in suffixes:
        raise WrongShape(
            f"{participant}: '{cell.text}' is not a date as the depositary writes them (3 Dec 1997, 11 Sep 2002 a)"
        )
    return _english_date(f"{found.group(1)} {found.group(2)}"), found.group(3)


def _withdrawal(note: str, text: str) -> Withdrawal | None:
    """A withdrawal, where the end note records one (the table shows none)."""
    notified = _NOTIFIED.search(text)
    if notified is None:
        return None
    effective = _EFFECTIVE.search(text)
    notification = _NOTIFICATION.search(text)
    return Withdrawal(
        notified=_english_date(notified.group(1)),
        effective=_english_date(effective.group(1)) if effective else None,
        notification=notification.group(0) if notification else "",
        note=note,
    )


def _english_date(text: str) -> date:
    """'3 Dec 1997' or '27 June 2025', read the same whatever the machine's locale."""
    day, month, year = text.split()
    try:
        return date(int(year), _MONTHS.index(month[:3].title()) + 1, int(day))
    except ValueError:
        raise WrongShape(f"'{text}' is not a date") from None
