"""GET /treaties/{code}/series: the counts on every day of a period, or only on the days
they change (`changes_only=true`)."""

from datetime import date

from ninja import Query, Router

from treatywatch.api.errors import ERROR_RESPONSES, InvalidParameter
from treatywatch.api.params import IsoDate, TreatyCode
from treatywatch.api.schemas.series import SeriesOut
from treatywatch.record.treaty_records import treaty_record
from treatywatch.treaties import TREATIES, TreatyRecord

# A century of days is about 5 MB of JSON; longer daily series are refused, not truncated.
MAX_DAILY_DAYS = 36_525

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
    _check_period(first, last, changes_only)
    record = treaty_record(code)
    counted = _changes(record, first, last) if changes_only else record.daily_counts(first, last)
    days = [{"date": day, "counts": counts} for day, counts in counted]
    return {"treaty": code, "start": first, "end": last, "changes_only": changes_only, "days": days}


def _check_period(first: date, last: date, changes_only: bool) -> None:
    if first > last:
        raise InvalidParameter("start", f"{first} is after end {last}; swap the dates")
    if not changes_only and (last - first).days >= MAX_DAILY_DAYS:
        raise InvalidParameter(
            "end",
            f"a daily series covers at most {MAX_DAILY_DAYS:,} days; ask for a shorter period or changes_only=true",
        )


def _changes(record: TreatyRecord, first: date, last: date) -> list:
    # Counts only move on a day some status changes, so those days are all there is to check.
    days, previous = [], None
    for day in [first, *(d for d in record.change_dates() if first < d <= last)]:
        counts = record.counts_on(day)
        if counts != previous:
            days.append((day, counts))
            previous = counts
    return days
