"""Read participations from CSV text shaped like the UN depositary tables.

Pure: takes lines of text (an open file, a list of strings), so the caller decides
where they come from. Columns: iso3, signature_date, consent_date, consent_type,
withdrawal_notice_date and, optionally, succession_effective_date; others are
ignored. Empty cells are unknown (None).
"""

import csv
from collections.abc import Iterable, Mapping
from datetime import date

from treatywatch.treaties.facts import Participation

__all__ = ["read_iso3_codes", "read_participations"]


def read_participations(lines: Iterable[str]) -> list[Participation]:
    """One Participation per row."""
    return [
        _participation(row, line_number)
        for line_number, row in enumerate(csv.DictReader(lines), start=2)
    ]


def read_iso3_codes(lines: Iterable[str]) -> list[str]:
    """The iso3 column of a CSV with a header row."""
    return [row["iso3"].strip() for row in csv.DictReader(lines)]


def _participation(row: Mapping[str, str], line_number: int) -> Participation:
    def when(column: str) -> date | None:
        return _date(row.get(column), column, line_number)

    return Participation(
        iso3=row["iso3"].strip(),
        signed=when("signature_date"),
        consented=when("consent_date"),
        consent_type=(row.get("consent_type") or "").strip() or None,
        succession_effective=when("succession_effective_date"),
        withdrawal_notified=when("withdrawal_notice_date"),
    )


def _date(text: str | None, column: str, line_number: int) -> date | None:
    if not text or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"line {line_number}, {column}: {text!r} is not a YYYY-MM-DD date."
        ) from None
