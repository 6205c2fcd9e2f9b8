"""GET /states and /states/{iso3}: the states of the record and where each stands today
(or on `as_of`) under every treaty."""

from datetime import date

from ninja import Query, Router

from treatywatch.api import lookups
from treatywatch.api.errors import ERROR_RESPONSES
from treatywatch.api.pagination import Page, PageParams, paginate
from treatywatch.api.params import AsOf, Iso3, RegionName, UnStatus
from treatywatch.api.schemas.states import STATE_FIELDS, StateOut, StateStandingsOut
from treatywatch.record.models import State
from treatywatch.record.treaty_records import treaty_record
from treatywatch.treaties import TREATIES
from treatywatch.treaties.standing import standing_on

router = Router(tags=["states"])


@router.get("/states", response={200: Page[StateOut], **ERROR_RESPONSES})
def list_states(
    request,
    pages: Query[PageParams],
    region: RegionName = Query(
        None, description="UN M49 region, any case: Africa, Americas, Asia, Europe, Oceania"
    ),
    un_status: UnStatus = Query(None),
):
    """The states of the record, by name."""
    states = State.objects.order_by("name", "iso3").values(*STATE_FIELDS)
    if region:
        states = states.filter(un_region__iexact=region)
    if un_status:
        states = states.filter(un_status=un_status)
    return paginate(request, states, pages)


@router.get("/states/{iso3}", response={200: StateStandingsOut, **ERROR_RESPONSES})
def get_state(request, iso3: Iso3, as_of: AsOf = None):
    """A state and its standing under each treaty: two or three queries, no engine rebuild."""
    on = as_of or date.today()
    row = lookups.state_row(iso3)
    standings = {code: standing_on(treaty_record(code), row["iso3"], on) for code in TREATIES}
    return {**row, "as_of": on, "treaties": standings}
