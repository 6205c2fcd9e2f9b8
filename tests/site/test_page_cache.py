from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from treatywatch.site.serving.page_cache import cached_page, page_key

pytestmark = pytest.mark.django_db


def request_for(path="/", as_of=date(2014, 9, 23), signed_in=False):
    request = RequestFactory().get(path)
    request.as_of = as_of
    request.user = SimpleNamespace(is_authenticated=signed_in)
    return request


def counting_renderer():
    calls = []

    def render():
        calls.append(1)
        return f"page {len(calls)}"

    return render, calls


def test_a_page_asked_for_again_is_not_rendered_again():
    render, calls = counting_renderer()
    first = cached_page(request_for(), render)
    second = cached_page(request_for(), render)
    assert (first.content, second.content, len(calls)) == (b"page 1", b"page 1", 1)


def test_another_date_or_address_is_another_page():
    render, calls = counting_renderer()
    cached_page(request_for(), render)
    cached_page(request_for(as_of=date(2014, 9, 24)), render)
    cached_page(request_for(path="/treaties/mbt/"), render)
    assert len(calls) == 3


def test_a_signed_in_reader_never_gets_or_leaves_a_shared_copy():
    render, calls = counting_renderer()
    cached_page(request_for(signed_in=True), render)
    cached_page(request_for(signed_in=True), render)
    assert len(calls) == 2
    assert cache.get(page_key("/", date(2014, 9, 23))) is None


def test_the_key_tells_todays_page_from_a_past_date():
    # Seen on a later day the same date is in the past: the page then has a banner and dated links.
    assert ":True:" in page_key("/", date.today())
    assert ":False:" in page_key("/", date.today() - timedelta(days=1))


def test_what_else_a_page_depends_on_keeps_its_copies_apart():
    assert page_key("/countries/usa/", date(2014, 9, 23), None) != page_key(
        "/countries/usa/", date(2014, 9, 23), date(2026, 1, 1)
    )
