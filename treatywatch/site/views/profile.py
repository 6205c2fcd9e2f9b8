"""`/countries/<iso3>/`: a state's profile, as it stands on `request.as_of`.

The rendered page is cached under the record's version, so a load that changes the
record changes every key and no stale profile is served.
"""

import re
from datetime import UTC, date, datetime, time

from django.http import Http404, HttpResponsePermanentRedirect
from django.template.loader import render_to_string
from django.urls import reverse

from treatywatch.profiles.profile import build_profile
from treatywatch.record.models import State
from treatywatch.record.published import PublishedRecord
from treatywatch.record.readers import LIVE
from treatywatch.site.queries.profile_data import profile_facts
from treatywatch.site.serving.as_of import requested_published_on
from treatywatch.site.serving.page_cache import cached_page

_ISO3 = re.compile(r"[A-Za-z]{3}")


def page(request, iso3):
    if redirect := check_iso3(request, iso3, "site:country"):
        return redirect
    published_on = requested_published_on(request)
    return cached_page(request, lambda: _render(request, iso3, published_on), published_on)


def _render(request, iso3: str, published_on: date | None) -> str:
    context = profile_context(request, iso3, published_on)
    return render_to_string("site/profile.html", context, request=request)


def profile_context(request, iso3: str, published_on: date | None = None) -> dict:
    """What the profile template shows (the page's and the PDF's)."""
    record, as_of = LIVE, request.as_of
    if published_on is not None:
        record = _published_record(published_on)
        # What the monitor said that day was about that day, unless another date is asked for.
        as_of = request.as_of if "as_of" in request.GET else published_on
    try:
        facts = profile_facts(iso3.upper(), as_of, record)
    except State.DoesNotExist:
        raise Http404(f"The record holds no state with the code '{iso3}'.") from None
    return {"profile": build_profile(facts), "published_on": published_on}


def _published_record(published_on: date) -> PublishedRecord:
    record = PublishedRecord(datetime.combine(published_on, time.max, tzinfo=UTC))
    if not record.has_been_published:
        raise Http404(f"Nothing had been published by {published_on.isoformat()}.")
    return record


def check_iso3(request, iso3: str, route: str) -> HttpResponsePermanentRedirect | None:
    """404 for what is not a code; the lower-case address of `route` for an upper-case one."""
    if not _ISO3.fullmatch(iso3):
        raise Http404(f"'{iso3[:20]}' is not an ISO 3166 alpha-3 country code, such as 'usa'.")
    if iso3 == iso3.lower():
        return None
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(
        reverse(route, args=[iso3.lower()]) + (f"?{query}" if query else "")
    )
