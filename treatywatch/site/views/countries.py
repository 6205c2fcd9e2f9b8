"""`/countries/`: every state with its status under each treaty on `request.as_of`,
filtered and sorted by the query string (`?region=Africa&mbt=not_signed&sort=-name`)."""

from datetime import date

from django.core.exceptions import BadRequest
from django.shortcuts import render

from treatywatch.record.treaty_records import treaty_record
from treatywatch.site.pages import country_table
from treatywatch.site.queries import record_queries
from treatywatch.treaties import TREATIES

COLUMNS = (
    ("name", "State"),
    ("region", "Region"),
    ("mbt", "Mine Ban Treaty"),
    ("ccm", "Convention on Cluster Munitions"),
)


def page(request):
    states = record_queries.state_summaries()
    regions = sorted({state.region for state in states})
    try:
        query = country_table.parse_query(request.GET, regions)
    except country_table.InvalidFilter as problem:
        raise BadRequest(str(problem)) from None
    existing = _rows(states, request.as_of)
    rows = country_table.matching_rows(existing, query)
    return render(
        request, "site/countries.html", _context(query, rows, regions, len(existing), request.as_of)
    )


def _rows(states, as_of: date) -> list[country_table.CountryRow]:
    """A row for each state that existed on `as_of`: a state not yet in being is in no list."""
    statuses = {code: treaty_record(code).statuses_on(as_of) for code in TREATIES}
    return [
        country_table.CountryRow(
            s.iso3, s.name, s.region, {code: statuses[code][s.iso3] for code in TREATIES}
        )
        for s in states
        if all(s.iso3 in statuses[code] for code in TREATIES)
    ]


def _context(query, rows, regions, total: int, as_of: date) -> dict:
    shown_date = "" if as_of == date.today() else as_of.isoformat()
    return {
        "query": query,
        "rows": rows,
        "total": total,
        "regions": regions,
        "status_filters": [_status_filter(query, code) for code in TREATIES],
        "sorts": country_table.SORTS.items(),
        "headers": [_header(query, column, label, shown_date) for column, label in COLUMNS],
    }


def _status_filter(query, code: str) -> dict:
    choices = country_table.STATUS_FILTERS.items()
    return {"treaty": TREATIES[code], "chosen": query.status_filter(code), "choices": choices}


def _header(query, column: str, label: str, shown_date: str) -> dict:
    sort, aria_sort = country_table.header_sort(query, column)
    return {"label": label, "href": query.link(shown_date, sort=sort), "aria_sort": aria_sort}
