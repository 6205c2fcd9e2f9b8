"""The list of every state with its status under each treaty: filtered and sorted as the
query string asks (`?region=Africa&mbt=not_signed&sort=-name`), without JavaScript."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.urls import reverse

from treatywatch.treaties import Status

# The treaties the query has a status filter for (its `mbt` and `ccm` fields).
TREATY_CODES = ("mbt", "ccm")
# Broader choices first: "any State Party" is what most readers look for.
GROUP_FILTERS = {"parties": "Any State Party", "non_parties": "Not a State Party"}
STATUS_FILTERS = {**GROUP_FILTERS, **{status.value: status.label for status in Status}}
SORTS = {
    "name": "Name, A to Z",
    "-name": "Name, Z to A",
    "region": "Region, A to Z",
    "-region": "Region, Z to A",
    "mbt": "Mine Ban Treaty: parties first",
    "-mbt": "Mine Ban Treaty: parties last",
    "ccm": "Cluster Munitions: parties first",
    "-ccm": "Cluster Munitions: parties last",
}
# Statuses from the closest adherence to the farthest: the order of sorting and of legends.
STATUS_ORDER = (
    Status.PARTY_IN_FORCE,
    Status.PARTY,
    Status.WITHDRAWAL_PENDING,
    Status.WITHDRAWAL_SUSPENDED,
    Status.SIGNED,
    Status.WITHDRAWN,
    Status.NOT_SIGNED,
)
STATUS_RANK = {status: rank for rank, status in enumerate(STATUS_ORDER)}


class InvalidFilter(ValueError):
    """A query-string value the list does not know; the message names the parameter."""


@dataclass(frozen=True)
class CountryRow:
    iso3: str
    name: str
    region: str
    statuses: Mapping[str, Status]


@dataclass(frozen=True)
class CountryQuery:
    """The filters and sort asked for; "" means no filter."""

    region: str = ""
    mbt: str = ""
    ccm: str = ""
    sort: str = "name"

    def status_filter(self, code: str) -> str:
        return getattr(self, code)

    def link(self, as_of: str = "", **changes: str) -> str:
        """The list's address for this query with `changes`, leaving out what is default;
        `as_of` ("YYYY-MM-DD" or "" for today) keeps the date shown."""
        wanted = replace(self, **changes)
        pairs = [(field, getattr(wanted, field)) for field in ("region", "mbt", "ccm", "sort")] + [
            ("as_of", as_of)
        ]
        query = urlencode(
            [
                (field, value)
                for field, value in pairs
                if value and (field, value) != ("sort", "name")
            ]
        )
        return reverse("site:countries") + (f"?{query}" if query else "")


def parse_query(params: Mapping[str, str], regions: Iterable[str]) -> CountryQuery:
    """The query from GET parameters; InvalidFilter for a value not among the choices."""
    return CountryQuery(
        region=_choice(params, "region", tuple(regions), "a region"),
        mbt=_choice(params, "mbt", tuple(STATUS_FILTERS), "a status"),
        ccm=_choice(params, "ccm", tuple(STATUS_FILTERS), "a status"),
        sort=_choice(params, "sort", tuple(SORTS), "a sort order") or "name",
    )


def header_sort(query: CountryQuery, column: str) -> tuple[str, str]:
    """The sort a link in the column's header asks for, and the column's aria-sort value."""
    if query.sort == column:
        return f"-{column}", "ascending"
    if query.sort == f"-{column}":
        return column, "descending"
    return column, "none"


def matching_rows(rows: Iterable[CountryRow], query: CountryQuery) -> list[CountryRow]:
    """The rows that pass every filter, in the order the query asks for."""
    kept = [row for row in rows if _matches(row, query)]
    return sorted_rows(kept, query.sort)


def sorted_rows(rows: Iterable[CountryRow], sort: str) -> list[CountryRow]:
    """Sorted by `sort` (a column, "-" first for descending); ties by name, A to Z."""
    column = sort.lstrip("-")
    by_name = sorted(rows, key=lambda row: row.name)
    if column == "name":
        return list(reversed(by_name)) if sort.startswith("-") else by_name
    return sorted(by_name, key=lambda row: _sort_key(row, column), reverse=sort.startswith("-"))


def _sort_key(row: CountryRow, column: str):
    return row.region if column == "region" else STATUS_RANK[row.statuses[column]]


def _matches(row: CountryRow, query: CountryQuery) -> bool:
    if query.region and row.region != query.region:
        return False
    return all(
        _status_matches(row.statuses[code], query.status_filter(code)) for code in TREATY_CODES
    )


def _status_matches(status: Status, wanted: str) -> bool:
    if wanted == "parties":
        return status.is_party
    if wanted == "non_parties":
        return not status.is_party
    return not wanted or status.value == wanted


def _choice(params: Mapping[str, str], name: str, choices: Sequence[str], kind: str) -> str:
    value = params.get(name, "").strip()
    if value and value not in choices:
        raise InvalidFilter(
            f"{name}: '{value[:40]}' is not {kind}; use one of: {', '.join(choices)}"
        )
    return value
