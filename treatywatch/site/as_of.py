"""`?as_of=YYYY-MM-DD` on every public page: the record as it stands for that date."""

import re
from datetime import date

from django.core.exceptions import BadRequest

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def requested_as_of(request) -> date:
    """The date asked for, today when none is; a malformed one is the client's error (400)."""
    text = request.GET.get("as_of", "").strip()
    if not text:
        return date.today()
    try:
        if not _ISO_DAY.match(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise BadRequest(f"as_of: '{text[:40]}' is not a date; write YYYY-MM-DD, e.g. 2014-09-23") from None


def as_of_context(request) -> dict:
    """Template context: the date shown, and the query suffix that keeps it on every link."""
    as_of = getattr(request, "as_of", None) or requested_as_of(request)
    asked = as_of != date.today()
    return {
        "as_of": as_of,
        "as_of_is_today": not asked,
        "as_of_suffix": f"?as_of={as_of.isoformat()}" if asked else "",
    }
