"""GET /events: dated facts about states' policy and practice, each with its source."""

from ninja import Query, Router

from treatywatch.api.errors import ERROR_RESPONSES
from treatywatch.api.filters import given
from treatywatch.api.pagination import Page, PageParams, paginate
from treatywatch.api.params import EventCategory, Iso3, IsoDate, TreatyCode
from treatywatch.api.schemas.events import EventOut
from treatywatch.record.models import Event

router = Router(tags=["events"])


@router.get("/events", response={200: Page[EventOut], **ERROR_RESPONSES})
def list_events(
    request,
    pages: Query[PageParams],
    state: Iso3 = Query(None, description="ISO 3166-1 alpha-3 code, any case"),
    category: EventCategory = Query(None),
    treaty: TreatyCode = Query(None),
    since: IsoDate = Query(None, description="events that began on or after this day"),
    until: IsoDate = Query(None, description="events known to have happened by this day"),
):
    """Events in date order. An event known only to the month or year spans that period:
    `since` compares its first day, `until` its last."""
    events = Event.objects.order_by("date_start", "id").filter(
        **given(
            state_id=state,
            category=category,
            treaty=treaty,
            date_start__gte=since,
            date_end__lte=until,
        )
    )
    return paginate(request, events, pages)
