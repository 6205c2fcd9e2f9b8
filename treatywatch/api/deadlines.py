"""GET /treaties/{code}/deadlines/{iso3}: a State Party's obligations and due dates; the
same object as `treatywatch deadlines --format json`."""

from datetime import date

from ninja import Router

from treatywatch.api import lookups
from treatywatch.api.errors import ERROR_RESPONSES
from treatywatch.api.params import AsOf, Iso3, TreatyCode
from treatywatch.api.schemas.reports import DeadlinesReportOut
from treatywatch.record.reports import deadlines_report

router = Router(tags=["deadlines"])


@router.get(
    "/treaties/{code}/deadlines/{iso3}", response={200: DeadlinesReportOut, **ERROR_RESPONSES}
)
def state_deadlines(request, code: TreatyCode, iso3: Iso3, as_of: AsOf = None):
    """Deadlines known on `as_of` (default today): none for a state that had not consented."""
    lookups.state_row(iso3)
    return deadlines_report(code, iso3, as_of or date.today())
