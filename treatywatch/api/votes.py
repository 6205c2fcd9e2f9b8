"""GET /resolutions and /votes: the annual UN General Assembly resolution supporting the
Mine Ban Treaty, and how each state voted on it."""

from ninja import Query, Router

from treatywatch.api.errors import ERROR_RESPONSES
from treatywatch.api.filters import given
from treatywatch.api.pagination import Page, PageParams, paginate
from treatywatch.api.params import Iso3, ResolutionSymbol, Year
from treatywatch.api.schemas.votes import ResolutionOut, VoteOut
from treatywatch.record.models import Resolution, Vote

router = Router(tags=["votes"])


@router.get("/resolutions", response={200: Page[ResolutionOut], **ERROR_RESPONSES})
def list_resolutions(request, pages: Query[PageParams], year: Year = Query(None)):
    """The resolutions by year, with the recorded vote totals."""
    resolutions = Resolution.objects.order_by("year", "symbol").filter(**given(year=year))
    return paginate(request, resolutions, pages)


@router.get("/votes", response={200: Page[VoteOut], **ERROR_RESPONSES})
def list_votes(
    request,
    pages: Query[PageParams],
    state: Iso3 = Query(None, description="ISO 3166-1 alpha-3 code, any case"),
    year: Year = Query(None),
    resolution: ResolutionSymbol = Query(None, description="symbol, any case, e.g. A/RES/64/56"),
):
    """Recorded votes by year, resolution and state."""
    votes = Vote.objects.select_related("resolution").order_by(
        "resolution__year", "resolution__symbol", "state_id"
    )
    votes = votes.filter(
        **given(state_id=state, resolution__year=year, resolution__symbol__iexact=resolution)
    )
    return paginate(request, votes, pages)
