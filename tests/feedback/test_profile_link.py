import pytest
from django.template.loader import render_to_string

from treatywatch.record.models import State

pytestmark = pytest.mark.django_db


def test_the_profile_include_links_to_the_form_for_its_state_and_section():
    html = render_to_string(
        "feedback/link.html", {"state": State.objects.get(iso3="TON"), "section": "narrative"}
    )
    assert 'href="/feedback/ton/?section=narrative"' in html
    assert "Send feedback to the editors about this section" in html


def test_the_link_it_makes_opens_the_form_with_that_section(client):
    html = render_to_string(
        "feedback/link.html", {"state": State.objects.get(iso3="USA"), "section": "obligations"}
    )
    address = html.split('href="')[1].split('"')[0]
    assert b'<option value="obligations" selected>' in client.get(address).content


def test_the_include_also_takes_a_profile_which_carries_the_code():
    from types import SimpleNamespace

    html = render_to_string(
        "feedback/link.html", {"state": SimpleNamespace(iso3="TON"), "section": "timeline"}
    )
    assert 'href="/feedback/ton/?section=timeline"' in html
