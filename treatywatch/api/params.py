"""The values the API's parameters take, as types. Each checks its value with a message
that says how to fix it, and describes itself in the OpenAPI schema. Nothing unchecked
reaches the database: PostgreSQL, for one, refuses a NUL byte with a server error.

An optional parameter is declared `name: Type = Query(None)`, not `Type | None`: a query
string has no null, so the schema should not offer one to clients (or to schemathesis)."""

import re
from datetime import date
from typing import Annotated, Literal

from ninja import Query
from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

from treatywatch.dataset import schema
from treatywatch.treaties import TREATIES
from treatywatch.treaties.day_range import check_day, parse_day

TreatyCode = Literal[tuple(TREATIES)]
EventCategory = Literal[schema.EVENT_CATEGORIES]
UnStatus = Literal[schema.UN_STATUSES]

_SHOWN_CHARACTERS = 40


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARACTERS else text[:_SHOWN_CHARACTERS] + "…"


def _iso_day(value) -> date:
    # One parser and range for the site, the API and the command line (treaties/day_range.py).
    return check_day(value) if isinstance(value, date) else parse_day(str(value))


IsoDate = Annotated[
    date,
    BeforeValidator(_iso_day),
    WithJsonSchema({"type": "string", "format": "date", "examples": ["2014-09-23"]}),
]


def _text_matching(pattern: str, expected: str, example: str, normalise=str):
    """A text type that accepts `pattern` only, normalised (upper-cased ISO codes, ...)."""

    def check(text: str) -> str:
        if not re.fullmatch(pattern, text):
            raise ValueError(f"'{_shown(text)}' is not {expected}")
        return normalise(text)

    json_schema = {"type": "string", "pattern": f"^{pattern}$", "examples": [example]}
    return Annotated[str, AfterValidator(check), WithJsonSchema(json_schema)]


Iso3 = _text_matching(
    "[A-Za-z]{3}", "an ISO 3166-1 alpha-3 code: three letters, e.g. USA", "USA", str.upper
)
SourceId = _text_matching(
    "[A-Za-z0-9-]{1,120}", "a source id: letters, digits and hyphens", "gao-02-1003", str.lower
)
RegionName = _text_matching(
    "[A-Za-z][A-Za-z .-]{0,59}", "a region name such as Africa or Americas", "Africa"
)
ResolutionSymbol = _text_matching(
    "[A-Za-z0-9][A-Za-z0-9/ .-]{0,39}", "a resolution symbol such as A/RES/64/56", "A/RES/64/56"
)

AsOf = Query[
    IsoDate, {"default": None, "description": "the day to answer for, YYYY-MM-DD; default today"}
]
Year = Annotated[int, Field(ge=1, le=9999, description="a calendar year, e.g. 2009")]
