import re

import pytest

from treatywatch.charts import world_map as world_map_module
from treatywatch.charts.world_map import DOT_BELOW_AREA, MapArea, world_map

SMALL_WORLD = {
    "source": "a test atlas",
    "projection": "none",
    "viewBox": [0, 0, 100, 50],
    "shapes": {
        "004": {
            "name": "Afghanistan",
            "d": "M10 10l10 0 0 10-10 0z",
            "centroid": [15, 15],
            "area": 100,
        },
        "798": {"name": "Tuvalu", "d": "M90 40l.1 0 0 .1z", "centroid": [90.1, 40.1], "area": 0},
        "304": {
            "name": "Greenland",
            "d": "M30 5l5 0 0 5-5 0z",
            "centroid": [32.5, 7.5],
            "area": 25,
        },
    },
}


@pytest.fixture(autouse=True)
def small_world(monkeypatch):
    monkeypatch.setattr(world_map_module, "_world", lambda: SMALL_WORLD)


def areas(**extra):
    return {
        "004": MapArea("Afghanistan", "party_in_force", "State Party"),
        "798": MapArea("Tuvalu", "not_signed", "Not signed"),
        **extra,
    }


def draw(given):
    return world_map(given, title="The map", description="Every state.", id_prefix="map")


def test_a_small_world_matches_the_snapshot(svg_snapshot):
    svg_snapshot("world_map_small", draw(areas()).svg)


def test_a_state_is_filled_by_its_status_with_its_name_and_status_as_tooltip():
    svg = draw(areas()).svg
    assert (
        '<path class="area fill-party_in_force" d="M10 10l10 0 0 10-10 0z"><title>Afghanistan: State Party</title></path>'
        in svg
    )


def test_a_shape_that_is_no_state_in_the_record_is_drawn_neutral():
    svg = draw(areas()).svg
    assert re.search(r'class="area area-outside"[^>]*><title>Greenland: not a state', svg)


def test_a_state_too_small_to_see_is_also_drawn_as_a_dot_at_its_centroid():
    svg = draw(areas()).svg
    assert SMALL_WORLD["shapes"]["798"]["area"] < DOT_BELOW_AREA
    assert '<circle class="dot fill-not_signed" cx="90.1" cy="40.1"' in svg
    assert svg.count("<circle") == 1


def test_a_state_without_a_shape_is_reported_as_not_drawn():
    drawn = draw(areas(**{"999": MapArea("Atlantis", "signed", "Signatory")}))
    assert drawn.not_drawn == ("Atlantis",)
    assert "Atlantis" not in drawn.svg


def test_state_names_are_escaped():
    svg = draw(areas(**{"004": MapArea("<b>A&B</b>", "signed", "Signatory")})).svg
    assert "<b>" not in svg
    assert "&lt;b&gt;A&amp;B&lt;/b&gt;: Signatory" in svg


def test_the_map_is_an_image_named_by_its_title_and_description():
    svg = draw(areas()).svg
    assert svg.startswith(
        '<svg xmlns="http://www.w3.org/2000/svg" class="map world-map" viewBox="0 0 100 50" role="img"'
    )
    assert 'aria-labelledby="map-title map-desc"' in svg


def test_a_state_with_an_address_is_a_link_named_by_its_name_and_status():
    linked = areas(**{"004": MapArea("Afghanistan", "party_in_force", "State Party", "/af/")})
    svg = draw(linked).svg
    assert '<a href="/af/" aria-label="Afghanistan: State Party"><path class="area fill' in svg
    # A map of links is a group: an image would hide its links from screen readers.
    assert 'role="group"' in svg and 'role="img"' not in svg


def test_a_map_without_addresses_stays_an_image():
    assert 'role="img"' in draw(areas()).svg and "<a " not in draw(areas()).svg


def test_the_dot_of_a_small_linked_state_is_no_second_stop_for_the_keyboard():
    linked = areas(**{"798": MapArea("Tuvalu", "not_signed", "Not signed", "/tv/")})
    svg = draw(linked).svg
    assert svg.count('href="/tv/"') == 2
    assert (
        '<a href="/tv/" aria-label="Tuvalu: Not signed" tabindex="-1" aria-hidden="true"><circle'
        in svg
    )
