"""The API's deadlines and profiles give no deadline of a state on a day before its
consent: they take deadlines from the engine for `as_of`, never for today."""

import pytest

pytestmark = pytest.mark.django_db

# Tonga acceded on 25 Jun 2025; the Marshall Islands, a signatory since 1997, ratified on
# 12 Mar 2025.
CASES = [
    ("TON", "2025-06-24", False),
    ("TON", "2025-06-25", True),
    ("MHL", "2025-03-11", False),
    ("MHL", "2025-03-12", True),
]


@pytest.mark.parametrize("iso3, as_of, owes", CASES)
def test_the_deadlines_api_owes_from_the_day_of_consent(get_json, iso3, as_of, owes):
    answer = get_json(f"/api/v1/treaties/mbt/deadlines/{iso3.lower()}?as_of={as_of}")
    assert bool(answer["deadlines"]) is owes


@pytest.mark.parametrize("iso3, as_of, owes", CASES)
def test_the_profile_api_owes_from_the_day_of_consent(get_json, iso3, as_of, owes):
    answer = get_json(f"/api/v1/states/{iso3.lower()}/profile?as_of={as_of}")
    assert bool(answer["treaties"]["mbt"]["deadlines"]) is owes
