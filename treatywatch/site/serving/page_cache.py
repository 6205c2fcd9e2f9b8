"""Rendered pages kept in Django's default cache, keyed by address, date shown and the
record's version: a load that changes the record changes every key, so nothing stale is
served, and a page asked for again costs one cache read."""

from collections.abc import Callable
from datetime import date

from django.core.cache import cache
from django.http import HttpResponse

from treatywatch.record.treaty_records import record_version

_A_DAY = 24 * 60 * 60


def cached_page(
    request, render: Callable[[], str | bytes], *variant, content_type: str | None = None
) -> HttpResponse:
    """The page `render` makes for this request, from the cache when it holds it. `variant`:
    whatever else, besides the address and the date, the page depends on; `content_type`:
    for what is not HTML (a PDF)."""
    if _is_personal(request):
        return HttpResponse(render(), content_type=content_type)
    key = page_key(request.path, request.as_of, *variant)
    content = cache.get(key)
    if content is None:
        content = render()
        cache.set(key, content, _A_DAY)
    return HttpResponse(content, content_type=content_type)


def page_key(path: str, as_of: date, *variant) -> str:
    # Today's page differs from the same date seen later (banner, links), hence the flag.
    version_id, published_at = record_version()
    stamp = published_at.isoformat() if published_at else "never"
    extra = "".join(f":{part}" for part in variant)
    return f"page:{path}:{as_of.isoformat()}:{as_of == date.today()}{extra}:{version_id}:{stamp}"


def _is_personal(request) -> bool:
    # A signed-in editor may see their own name in the page: never share it through the cache.
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)
