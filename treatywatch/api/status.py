"""GET /treaties/{code}/status[/{iso3}]: where every state (or one) stands on a date, with
the counts; the same object as `treatywatch status --format json [--state ISO3]`."""

from datetime import date

from ninja import Router

from treatywatch.api import lookups
from treatywatch.api.errors import ERROR_RESPONSES
from treatywatch.api.params import AsOf, Iso3, TreatyCode
from treatywatch.api.schemas.reports import StatusReportOut
from treatywatch.record.reports import status_report

router = Router(tags=["status"])


@router.get("/treaties/{code}/status", response={200: StatusReportOut, **ERROR_RESPONSES})
def treaty_status(request, code: TreatyCode, as_of: AsOf = None):
    """Every state's standing on `as_of` (default today), by name, and the counts."""
    return status_report(code, as_of or date.today())


@router.get("/treaties/{code}/status/{iso3}", response={200: StatusReportOut, **ERROR_RESPONSES})
def state_status(request, code: TreatyCode, iso3: Iso3, as_of: AsOf = None):
    """The counts, and one state's standing: `states` holds that state only."""
    lookups.state_row(iso3)
    return status_report(code, as_of or date.today(), iso3)
