"""The frame of a chart: its plot area, and the axes with their ticks, grid and labels."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.charts.markup import element, text
from treatywatch.charts.scale import DateScale, LinearScale

__all__ = ["PlotArea", "count_axis", "date_axis"]

_TICK_LENGTH = 5


@dataclass(frozen=True)
class PlotArea:
    """A drawing `width` x `height`, with margins left around the plot for the axes."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int

    @property
    def plot_left(self) -> int:
        return self.left

    @property
    def plot_right(self) -> int:
        return self.width - self.right

    @property
    def plot_top(self) -> int:
        return self.top

    @property
    def plot_bottom(self) -> int:
        return self.height - self.bottom


def count_axis(scale: LinearScale, ticks: Sequence[int], area: PlotArea, title: str) -> str:
    """The vertical axis: a grid line and a number at each tick, the title above it."""
    parts = [_count_tick(scale(tick), tick, area) for tick in ticks]
    heading = {"class": "axis-title", "x": area.plot_left, "y": area.plot_top - 12}
    parts.append(element("text", heading, text(title)))
    return element("g", {"class": "axis axis-count"}, *parts)


def date_axis(scale: DateScale, ticks: Sequence[date], area: PlotArea, title: str) -> str:
    """The horizontal axis: its line, a tick and a label at each date, the title below."""
    baseline = area.plot_bottom
    line = {
        "class": "axis-line",
        "x1": area.plot_left,
        "y1": baseline,
        "x2": area.plot_right,
        "y2": baseline,
    }
    parts = [element("line", line)]
    parts += [_date_tick(scale(tick), tick, baseline) for tick in ticks]
    middle = (area.plot_left + area.plot_right) / 2
    heading = {"class": "axis-title", "x": middle, "y": area.height - 4, "text-anchor": "middle"}
    parts.append(element("text", heading, text(title)))
    return element("g", {"class": "axis axis-date"}, *parts)


def _count_tick(y: float, value: int, area: PlotArea) -> str:
    grid = element(
        "line",
        {"class": "grid-line", "x1": area.plot_left, "y1": y, "x2": area.plot_right, "y2": y},
    )
    label = element(
        "text", {"x": area.plot_left - 8, "y": y + 4, "text-anchor": "end"}, text(value)
    )
    return grid + label


def _date_tick(x: float, day: date, baseline: int) -> str:
    tick = element(
        "line", {"class": "tick", "x1": x, "y1": baseline, "x2": x, "y2": baseline + _TICK_LENGTH}
    )
    label = element(
        "text", {"x": x, "y": baseline + 20, "text-anchor": "middle"}, text(_date_label(day))
    )
    return tick + label


def _date_label(day: date) -> str:
    # Ticks fall on 1 January, where the year says it all; otherwise the whole date.
    return str(day.year) if (day.month, day.day) == (1, 1) else day.isoformat()
