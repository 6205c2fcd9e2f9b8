"""The number of States Parties over time: a step line per treaty, drawn as SVG.

A treaty's count changes only on the days states join, enter or leave it, and holds in
between, so each series is a list of steps: (day, count from that day on).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.charts.axis import PlotArea, count_axis, date_axis
from treatywatch.charts.markup import Svg, element, number, text
from treatywatch.charts.scale import DateScale, LinearScale, count_ticks, year_ticks

__all__ = ["Series", "parties_chart"]

AREA = PlotArea(width=640, height=336, left=48, right=48, top=60, bottom=48)
# End labels closer than this (in drawing units) would overlap, so they are pushed apart.
_LABEL_GAP = 16


@dataclass(frozen=True)
class Series:
    """One line: `name` for the legend, `key` for its CSS class, and its steps in date order."""

    name: str
    key: str
    steps: tuple[tuple[date, int], ...]


def parties_chart(
    series: Sequence[Series], last: date, *, title: str, description: str, id_prefix: str
) -> Svg:
    """The chart from the earliest step to `last`; `title` and `description` name it for
    screen readers (role="img"), `id_prefix` keeps its element ids unique on the page."""
    drawn = [line for line in series if line.steps and line.steps[0][0] <= last]
    first = min((line.steps[0][0] for line in drawn), default=last)
    x = DateScale(first, last, AREA.plot_left, AREA.plot_right)
    ticks = count_ticks(max((count for line in drawn for _, count in line.steps), default=0))
    y = LinearScale(0, ticks[-1], AREA.plot_bottom, AREA.plot_top)
    body = [
        count_axis(y, ticks, AREA, "States Parties"),
        date_axis(x, year_ticks(first, last) or [first, last], AREA, "Year"),
        *(_line(line, x, y, last) for line in drawn),
        _end_labels(drawn, y, last),
        _legend(drawn),
    ]
    return _svg(title, description, id_prefix, body)


def _svg(title: str, description: str, id_prefix: str, body: list[str]) -> Svg:
    attributes = {
        "xmlns": "http://www.w3.org/2000/svg",
        "class": "chart parties-chart",
        "viewBox": f"0 0 {AREA.width} {AREA.height}",
        "role": "img",
        "aria-labelledby": f"{id_prefix}-title {id_prefix}-desc",
    }
    heading = element("title", {"id": f"{id_prefix}-title"}, text(title))
    summary = element("desc", {"id": f"{id_prefix}-desc"}, text(description))
    return Svg(element("svg", attributes, heading, summary, *body))


def _line(line: Series, x: DateScale, y: LinearScale, last: date) -> str:
    steps = [(day, count) for day, count in line.steps if day <= last]
    (start, count), later = steps[0], steps[1:]
    path = f"M{number(x(start))} {number(y(count))}"
    for day, count in later:
        path += f"H{number(x(day))}V{number(y(count))}"
    path += f"H{number(x(last))}"
    return element(
        "path",
        {"class": f"line line-{line.key}", "d": path, "fill": "none", "stroke": "currentColor"},
    )


def _end_labels(lines: Sequence[Series], y: LinearScale, last: date) -> str:
    """Each line's count on `last`, written at its right end."""
    finals = sorted(((_count_on(line, last), line.key) for line in lines), reverse=True)
    labels, previous = [], None
    for count, key in finals:
        position = y(count) + 4
        if previous is not None and position - previous < _LABEL_GAP:
            position = previous + _LABEL_GAP
        place = {"class": f"end-label end-label-{key}", "x": AREA.plot_right + 6, "y": position}
        labels.append(element("text", place, text(count)))
        previous = position
    return element("g", {"class": "end-labels"}, *labels) if labels else ""


def _count_on(line: Series, day: date) -> int:
    return [count for start, count in line.steps if start <= day][-1]


def _legend(lines: Sequence[Series]) -> str:
    """A sample of each line and its name, one row per line, above the plot at the left
    (where a phone that scrolls the chart sideways shows it first)."""
    items = []
    for row, line in enumerate(lines):
        middle = 10 + 16 * row
        sample = {"x1": AREA.plot_left, "y1": middle, "x2": AREA.plot_left + 24, "y2": middle}
        items.append(
            element("line", {"class": f"line line-{line.key}", **sample, "stroke": "currentColor"})
            + element("text", {"x": AREA.plot_left + 30, "y": middle + 4}, text(line.name))
        )
    return element("g", {"class": "legend"}, *items) if items else ""
