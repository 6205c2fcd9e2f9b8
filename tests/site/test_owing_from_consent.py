"""The treaty page and the profiles show no deadline of a state on a day before its
consent: they take deadlines from the engine for the day shown, never for today."""

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db

# Tonga acceded on 25 Jun 2025; the Marshall Islands, a signatory since 1997, ratified on
# 12 Mar 2025: a page that took deadlines for today would give both some on these days.
BEFORE_CONSENT = [("TON", "2025-06-24"), ("MHL", "2025-03-11")]
ON_CONSENT = [("TON", "2025-06-25"), ("MHL", "2025-03-12")]


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def board_states(client, as_of: str) -> set[str]:
    response = client.get(f"/treaties/mbt/?as_of={as_of}")
    assert response.status_code == 200
    board = response.context["deadlines"]
    return {row["iso3"] for rows in (board["upcoming"], board["recently_passed"]) for row in rows}


def profile_text(client, iso3: str, as_of: str) -> str:
    response = client.get(f"/countries/{iso3.lower()}/?as_of={as_of}")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("iso3, as_of", BEFORE_CONSENT)
def test_the_treaty_page_lists_no_deadline_of_a_state_before_its_consent(client, iso3, as_of):
    assert iso3 not in board_states(client, as_of)


@pytest.mark.parametrize("iso3, as_of", ON_CONSENT)
def test_the_treaty_page_lists_a_state_s_deadlines_from_the_day_of_its_consent(client, iso3, as_of):
    assert iso3 in board_states(client, as_of)


@pytest.mark.parametrize("iso3, as_of", BEFORE_CONSENT)
def test_a_profile_shows_no_obligation_before_the_state_s_consent(client, iso3, as_of):
    text = profile_text(client, iso3, as_of)
    assert "Mine Ban Treaty: obligations of" not in text
    assert "is not bound by the Mine Ban Treaty's obligations on" in text


@pytest.mark.parametrize("iso3, as_of", ON_CONSENT)
def test_a_profile_shows_the_obligations_from_the_day_of_the_state_s_consent(client, iso3, as_of):
    assert "Mine Ban Treaty: obligations of" in profile_text(client, iso3, as_of)
