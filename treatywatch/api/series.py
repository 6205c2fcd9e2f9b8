"""GET /treaties/{code}/series: the counts on every day of a period, or only on the days
they change (`changes_only=true`)."""

from datetime import date

from ninja import Query, Router

from treatywatch.api.errors import ERROR_RESPONSES, InvalidParameter
from treatywatch.api.params import IsoDate, TreatyCode
from treatywatch.api.schemas.series import SeriesOut
from treatywatch.record.treaty_records import treaty_record
from treatywatch.treaties import TREATIES, TreatyRecord

router = Router(tags=["series"])


@router.get("/treaties/{code}/series", response={200: SeriesOut, **ERROR_RESPONSES})
def treaty_series(
    request,
    code: TreatyCode,
    start: IsoDate = Query(
        None, description="first day; default the day the treaty opened for signature"
    ),
    end: IsoDate = Query(None, description="last day; default today"),
    changes_only: bool = Query(
        False, description="only the first day and the days the counts change"
    ),
):
    """Counts through time, both ends included."""
    first, last = start or TREATIES[code].opened_for_signature, end or date.today()
    _check_period(first, last)
    record = treaty_record(code)
    counted = _changes(record, first, last) if changes_only else record.daily_counts(first, last)
    days = [{"date": day, "counts": counts} for day, counts in counted]
    return {"treaty": code, "start": first, "end": last, "changes_only": changes_only, "days": days}


def _check_period(first: date, last: date) -> None:
    # The length needs no limit of its own: every date lies in the range of
    # treaties/day_range.py, so a daily series is at most about fifty years (2.5 MB).
    if first > last:
        raise InvalidParameter("start", f"{first} is after end {last}; swap the dates")


def _changes(record: TreatyRecord, first: date, last: date) -> list:
    # Counts only move on a day some status changes, so those days are all there is to check.
    days, previous = [], None
    for day in [first, *(d for d in record.change_dates() if first < d <= last)]:
        counts = record.counts_on(day)
        if counts != previous:
            days.append((day, counts))
            previous = counts
    return days
