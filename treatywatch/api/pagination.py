"""Lists come a page at a time: `?page=1&per_page=50` (at most 500 a page), answered as
{"items", "count", "page", "per_page", "next", "previous"} with ready-made links. A page
past the last is a 404 naming `page`; page 1 of an empty list is an empty page."""

from math import ceil
from typing import Generic, TypeVar

from django.db.models import QuerySet
from ninja import Field, Schema

from treatywatch.api.errors import NotFound

Item = TypeVar("Item")

PER_PAGE = 50
MAX_PER_PAGE = 500
# Far beyond any list the record holds; it keeps the database's OFFSET within range.
MAX_PAGE = 100_000


class PageParams(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="page number, from 1")
    per_page: int = Field(
        PER_PAGE, ge=1, le=MAX_PER_PAGE, description=f"items a page, at most {MAX_PER_PAGE}"
    )


class Page(Schema, Generic[Item]):
    items: list[Item]
    count: int = Field(description="number of items in the whole list")
    page: int
    per_page: int
    next: str | None = Field(description="address of the next page; null on the last")
    previous: str | None = Field(description="address of the previous page; null on the first")


def paginate(request, queryset: QuerySet, params: PageParams) -> dict:
    """One page of `queryset` (which must be ordered), with links to its neighbours."""
    count = queryset.count()
    last_page = max(1, ceil(count / params.per_page))
    if params.page > last_page:
        raise NotFound(
            f"page: there is no page {params.page}; the last is page {last_page}", "page"
        )
    start = (params.page - 1) * params.per_page
    return {
        "items": list(queryset[start : start + params.per_page]),
        "count": count,
        "page": params.page,
        "per_page": params.per_page,
        "next": _page_link(request, params.page + 1) if params.page < last_page else None,
        "previous": _page_link(request, params.page - 1) if params.page > 1 else None,
    }


def _page_link(request, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
