"""Turning one CSV cell into a typed value, or a message that says how to fix it."""

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from treatywatch.dataset.partial_date import PartialDate
from treatywatch.dataset.schema import Field

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _text(text: str, field: Field) -> str:
    return text


def _slug(text: str, field: Field) -> str:
    if not _SLUG.match(text):
        raise ValueError(f"'{text}' is not a key: use lowercase letters, digits and hyphens")
    return text


def _date(text: str, field: Field) -> date:
    if not _DATE.match(text):
        raise ValueError(f"'{text}' is not a date: write YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise ValueError(f"'{text}' is not a real day ({error})") from None


def _partial_date(text: str, field: Field) -> PartialDate:
    return PartialDate.parse(text)


def _year(text: str, field: Field) -> int:
    if not re.match(r"^\d{4}$", text) or not 1900 <= int(text) <= 2100:
        raise ValueError(f"'{text}' is not a year: write four digits, e.g. 2009")
    return int(text)


def _count(text: str, field: Field) -> int:
    if not text.isdigit():
        raise ValueError(f"'{text}' is not a whole number: write digits only, no separators")
    return int(text)


def _url(text: str, field: Field) -> str:
    if not re.match(r"^https?://\S+$", text):
        raise ValueError(f"'{text}' is not a web address: it must start with http:// or https://")
    return text


def _iso3(text: str, field: Field) -> str:
    if not _ISO3.match(text):
        raise ValueError(
            f"'{text}' is not an ISO 3166-1 alpha-3 code: three capital letters, e.g. USA"
        )
    return text


def _iso_numeric(text: str, field: Field) -> str:
    if not re.match(r"^\d{3}$", text):
        raise ValueError(f"'{text}' is not an ISO 3166-1 numeric code: three digits, e.g. 840")
    return text


def _iso3_list(text: str, field: Field) -> str:
    codes = text.split()
    for code in codes:
        _iso3(code, field)
    if len(set(codes)) != len(codes):
        raise ValueError("names a state twice")
    # One space between codes, in the order given: the cell is kept as written.
    return " ".join(codes)


def _choice(text: str, field: Field) -> str:
    if text not in field.choices:
        raise ValueError(f"'{text}' is not one of: {', '.join(field.choices)}")
    return text


PARSERS: dict[str, Callable[[str, Field], Any]] = {
    "text": _text,
    "slug": _slug,
    "date": _date,
    "partial_date": _partial_date,
    "year": _year,
    "count": _count,
    "url": _url,
    "iso3_code": _iso3,
    "iso3": _iso3,
    "iso_numeric": _iso_numeric,
    "source": _slug,
    "resolution": _text,
    "meeting": _slug,
    "publication": _slug,
    "campaign": _slug,
    "iso3_list": _iso3_list,
    "choice": _choice,
}


def parse_cell(text: str, field: Field) -> Any:
    """The cell's value (None when empty and optional); ValueError when it cannot be read."""
    text = text.strip()
    if not text:
        if field.required:
            raise ValueError("is required and empty")
        return None
    # The length first: a message need not quote 400 characters back.
    if field.max_length and len(text) > field.max_length:
        raise ValueError(f"is {len(text)} characters long; at most {field.max_length} fit")
    value = PARSERS[field.kind](text, field)
    if field.max_value is not None and value > field.max_value:
        raise ValueError(f"{value} is more than the {field.max_value} the record can hold")
    return value


def format_cell(value: Any) -> str:
    """The inverse of parse_cell: a typed value as the text of its cell."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
