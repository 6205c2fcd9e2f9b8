"""`?as_of=YYYY-MM-DD` on every public page: the record as it stands for that date; and on a
profile, `?published_on=YYYY-MM-DD`: the profile as the monitor published it that day."""

import re
from datetime import date

from django.core.exceptions import BadRequest

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A view of the far future would list an annual report for every year until then: thousands
# of rows that say nothing the record knows, and seconds of work for one request.
YEARS_AHEAD = 10


def requested_as_of(request) -> date:
    """The date asked for, today when none is; a malformed one is the client's error (400)."""
    as_of = _requested_day(request, "as_of") or date.today()
    latest = date(date.today().year + YEARS_AHEAD, 12, 31)
    if as_of > latest:
        raise BadRequest(
            f"as_of: {as_of.isoformat()} is too far ahead; pages can be seen up to {latest.isoformat()}"
        )
    return as_of


def requested_published_on(request) -> date | None:
    published_on = _requested_day(request, "published_on")
    if published_on and published_on > date.today():
        raise BadRequest(
            f"published_on: {published_on.isoformat()} has not come yet; give a past date"
        )
    return published_on


def _requested_day(request, name: str) -> date | None:
    text = request.GET.get(name, "").strip()
    if not text:
        return None
    try:
        if not _ISO_DAY.match(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise BadRequest(
            f"{name}: '{text[:40]}' is not a date; write YYYY-MM-DD, e.g. 2014-09-23"
        ) from None


def as_of_context(request) -> dict:
    """Template context: the date shown, and the query suffix that keeps it on every link."""
    as_of = getattr(request, "as_of", None) or requested_as_of(request)
    asked = as_of != date.today()
    return {
        "as_of": as_of,
        "as_of_is_today": not asked,
        "as_of_suffix": f"?as_of={as_of.isoformat()}" if asked else "",
    }
