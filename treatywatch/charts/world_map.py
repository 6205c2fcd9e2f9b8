"""The world map coloured by status, from the shapes projected once by tools/map/.

`data/world.json` holds each atlas shape, keyed by ISO 3166 numeric code (three digits,
zero-padded, as `State.iso_numeric`), as an SVG path with its centroid and area in the
map's own units. It is read on first use, never at import time.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from treatywatch.charts.markup import Svg, element, text

__all__ = ["DOT_BELOW_AREA", "MapArea", "WorldMap", "atlas_source", "world_map"]

WORLD_FILE = Path(__file__).parent / "data" / "world.json"
# A state whose shape covers less than this (in square units of the 960-wide map) could not
# be seen or told apart, so it is also marked by a dot of the same colour at its centroid.
DOT_BELOW_AREA = 12.0
_DOT_RADIUS = 2.6
_OUTSIDE_WORDS = "not a state in TreatyWatch's record"


@dataclass(frozen=True)
class MapArea:
    """How to draw one state: its name, the CSS key of its colour, the words for it, and
    the address its shape links to (its profile), if any."""

    name: str
    key: str
    label: str
    href: str | None = None

    @property
    def words(self) -> str:
        return f"{self.name}: {self.label}"


@dataclass(frozen=True)
class WorldMap:
    """The map, and the names of the states given that have no shape in the atlas."""

    svg: Svg
    not_drawn: tuple[str, ...]


def world_map(
    areas: Mapping[str, MapArea], *, title: str, description: str, id_prefix: str
) -> WorldMap:
    """Every atlas shape, a state's coloured as `areas` (keyed by ISO numeric code) says;
    shapes that are not states in the record are drawn in a neutral colour."""
    shapes = _world()["shapes"]
    paths = [_path(shapes[key], areas.get(key)) for key in sorted(shapes)]
    dots = [_dot(shapes[key], areas[key]) for key in sorted(areas) if _needs_dot(shapes.get(key))]
    body = element("g", {"class": "areas"}, *paths) + element("g", {"class": "dots"}, *dots)
    missing = sorted(area.name for key, area in areas.items() if key not in shapes)
    linked = any(area.href for area in areas.values())
    return WorldMap(_svg(title, description, id_prefix, body, linked), tuple(missing))


def atlas_source() -> str:
    """Where the shapes come from, for the map's caption."""
    return _world()["source"]


def _svg(title: str, description: str, id_prefix: str, body: str, linked: bool) -> Svg:
    attributes = {
        "xmlns": "http://www.w3.org/2000/svg",
        "class": "map world-map",
        "viewBox": " ".join(str(value) for value in _world()["viewBox"]),
        # An image's parts are hidden from assistive technology: a map of links is a group.
        "role": "group" if linked else "img",
        "aria-labelledby": f"{id_prefix}-title {id_prefix}-desc",
    }
    heading = element("title", {"id": f"{id_prefix}-title"}, text(title))
    summary = element("desc", {"id": f"{id_prefix}-desc"}, text(description))
    return Svg(element("svg", attributes, heading, summary, body))


@cache
def _world() -> dict:
    return json.loads(WORLD_FILE.read_text(encoding="utf-8"))


def _path(shape: dict, area: MapArea | None) -> str:
    if area is None:
        css, tooltip = "area area-outside", f"{shape['name']}: {_OUTSIDE_WORDS}"
    else:
        css, tooltip = f"area fill-{area.key}", area.words
    path = element("path", {"class": css, "d": shape["d"]}, element("title", {}, text(tooltip)))
    return _linked(path, area, focusable=True)


def _linked(drawn: str, area: MapArea | None, *, focusable: bool) -> str:
    """`drawn` inside a link to the state's page, named by its words. A state drawn twice
    (shape and dot) is one stop for the keyboard and for screen readers: its shape's."""
    if area is None or not area.href:
        return drawn
    hidden = {} if focusable else {"tabindex": "-1", "aria-hidden": "true"}
    return element("a", {"href": area.href, "aria-label": area.words, **hidden}, drawn)


def _needs_dot(shape: dict | None) -> bool:
    return shape is not None and shape["area"] < DOT_BELOW_AREA


def _dot(shape: dict, area: MapArea) -> str:
    x, y = shape["centroid"]
    circle = {"class": f"dot fill-{area.key}", "cx": float(x), "cy": float(y), "r": _DOT_RADIUS}
    dot = element("circle", circle, element("title", {}, text(area.words)))
    return _linked(dot, area, focusable=False)
