"""`?as_of=YYYY-MM-DD` on every public page: the record as it stands for that date; and on a
profile, `?published_on=YYYY-MM-DD`: the profile as the monitor published it that day."""

from datetime import date

from django.core.exceptions import BadRequest

from treatywatch.treaties.day_range import parse_day


def requested_as_of(request) -> date:
    """The date asked for, today when none is; a malformed one or one out of the range
    (treaties/day_range.py) is the client's error (400)."""
    return _requested_day(request, "as_of") or date.today()


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
        return parse_day(text)
    except ValueError as error:
        raise BadRequest(f"{name}: {error}") from None


def as_of_context(request) -> dict:
    """Template context: the date shown, and the query suffix that keeps it on every link."""
    as_of = getattr(request, "as_of", None) or requested_as_of(request)
    return {
        "as_of": as_of,
        "as_of_is_today": as_of == date.today(),
        "as_of_suffix": as_of_suffix(as_of),
    }


def as_of_suffix(as_of: date) -> str:
    """The query that keeps a past date on a link; nothing for today."""
    return f"?as_of={as_of.isoformat()}" if as_of != date.today() else ""
