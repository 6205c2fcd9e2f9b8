"""The committed map data (written by tools/map/build_world.mjs) against the dataset."""

import csv
import json
import re
from pathlib import Path

import pytest

from treatywatch.charts.world_map import DOT_BELOW_AREA, WORLD_FILE

STATES_CSV = Path(__file__).resolve().parents[2] / "data" / "states.csv"


@pytest.fixture(scope="module")
def world():
    return json.loads(WORLD_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def states():
    with STATES_CSV.open(newline="", encoding="utf-8") as handle:
        return {row["iso_numeric"]: row["name"] for row in csv.DictReader(handle)}


def test_every_state_in_the_dataset_has_a_shape(world, states):
    missing = sorted(name for code, name in states.items() if code not in world["shapes"])
    assert missing == []


def test_shapes_are_keyed_by_three_digit_codes_or_named_extras(world):
    odd = [key for key in world["shapes"] if not re.fullmatch(r"\d{3}|x-[a-z0-9-]+", key)]
    assert odd == []


def test_centroids_lie_inside_the_view_box(world):
    _, _, width, height = world["viewBox"]
    outside = [
        key
        for key, shape in world["shapes"].items()
        if not (0 <= shape["centroid"][0] <= width and 0 <= shape["centroid"][1] <= height)
    ]
    assert outside == []


def test_paths_hold_only_moves_lines_and_closes(world):
    bad = [
        key
        for key, shape in world["shapes"].items()
        if not re.fullmatch(r"[Mlz0-9 .\-]+", shape["d"])
    ]
    assert bad == []


@pytest.mark.parametrize(
    "code, name", [("798", "Tuvalu"), ("520", "Nauru"), ("336", "Vatican"), ("492", "Monaco")]
)
def test_the_smallest_states_are_drawn_as_dots(world, code, name):
    assert world["shapes"][code]["area"] < DOT_BELOW_AREA, name


def test_large_states_are_not_dots(world):
    assert world["shapes"]["840"]["area"] > DOT_BELOW_AREA


def test_the_file_stays_small_enough_to_send_with_every_page():
    assert WORLD_FILE.stat().st_size < 400_000
