"""Each record model with a page says where it lives (get_absolute_url), and the page holds
the place it names."""

import pytest

from treatywatch.record.models import Event, Source, State

pytestmark = pytest.mark.django_db


def test_a_state_lives_on_its_profile():
    assert State.objects.get(iso3="TON").get_absolute_url() == "/countries/ton/"


def test_an_event_lives_at_its_anchor_on_its_states_profile(client):
    event = Event.objects.filter(state_id="USA").first()
    path, _, anchor = event.get_absolute_url().partition("#")
    assert path == "/countries/usa/" and anchor == f"event-{event.id}"
    assert f'id="{anchor}"' in client.get(path).content.decode()


def test_a_source_lives_at_its_entry_on_the_downloads_page(client):
    source = Source.objects.order_by("id").first()
    path, _, anchor = source.get_absolute_url().partition("#")
    assert path == "/downloads/" and anchor == f"source-{source.id}"
    assert f'id="{anchor}"' in client.get(path).content.decode()
