"""GET /reports/{year}: an annual report's figures, each with its sources; the same object
as `treatywatch report --year YEAR`. Mounted in treatywatch/urls.py."""

from datetime import date

from ninja import Router

from treatywatch.api.errors import ERROR_RESPONSES, InvalidParameter, NotFound
from treatywatch.api.params import AsOf, Year
from treatywatch.reports.data import report_document
from treatywatch.reports.document import build_report
from treatywatch.reports.schemas import AnnualReportOut
from treatywatch.reports.years import ReportRefused, check_as_of, check_year, report_date

router = Router(tags=["reports"])


@router.get("/reports/{year}", response={200: AnnualReportOut, **ERROR_RESPONSES})
def annual_report(request, year: Year, as_of: AsOf = None):
    """The figures of the annual report of `year` (1999 to the current year), as of 31
    December of it (today for the current year) or as of `as_of` within it."""
    today = date.today()
    try:
        check_year(year, today)
    except ReportRefused as refused:
        raise NotFound(f"{refused}.") from None
    try:
        day = check_as_of(year, as_of) if as_of else report_date(year, today)
    except ReportRefused as refused:
        raise InvalidParameter("as_of", str(refused).removeprefix("as_of: ")) from None
    return report_document(build_report(year, day))
