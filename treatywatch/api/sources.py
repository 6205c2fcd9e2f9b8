"""GET /sources and /sources/{source_id}: the documents every fact cites."""

from ninja import Query, Router

from treatywatch.api import lookups
from treatywatch.api.errors import ERROR_RESPONSES
from treatywatch.api.pagination import Page, PageParams, paginate
from treatywatch.api.params import SourceId
from treatywatch.api.schemas.sources import SourceOut
from treatywatch.record.models import Source

router = Router(tags=["sources"])


@router.get("/sources", response={200: Page[SourceOut], **ERROR_RESPONSES})
def list_sources(request, pages: Query[PageParams]):
    """Every source, by id."""
    return paginate(request, Source.objects.order_by("id"), pages)


@router.get("/sources/{source_id}", response={200: SourceOut, **ERROR_RESPONSES})
def get_source(request, source_id: SourceId):
    return lookups.source(source_id)
