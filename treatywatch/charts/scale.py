"""Scales: map data values (numbers, dates) to positions, and choose round tick values."""

from dataclasses import dataclass
from datetime import date

__all__ = ["DateScale", "LinearScale", "count_ticks", "year_ticks"]

_TICK_STEPS = (1, 2, 5)


@dataclass(frozen=True)
class LinearScale:
    """Maps [low, high] of the data onto [start, end] of the drawing, linearly."""

    low: float
    high: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        span = (self.high - self.low) or 1
        return self.start + (value - self.low) / span * (self.end - self.start)


@dataclass(frozen=True)
class DateScale:
    """Maps the days from `first` to `last` onto [start, end] of the drawing."""

    first: date
    last: date
    start: float
    end: float

    def __call__(self, day: date) -> float:
        linear = LinearScale(self.first.toordinal(), self.last.toordinal(), self.start, self.end)
        return linear(day.toordinal())


def count_ticks(maximum: int, at_most: int = 6) -> list[int]:
    """Round tick values from 0 to at least `maximum`, at most `at_most` + 1 of them."""
    step = _round_step(max(maximum, 1) / at_most)
    top = -(-max(maximum, 1) // step) * step
    return list(range(0, top + 1, step))


def year_ticks(first: date, last: date, at_most: int = 8) -> list[date]:
    """1 January of every year, every 2nd, 5th or 10th year, between the two days."""
    years = range(first.year + (first > date(first.year, 1, 1)), last.year + 1)
    if not years:
        return []
    step = _round_step(len(years) / at_most)
    return [date(year, 1, 1) for year in years if year % step == 0]


def _round_step(rough: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... that is at least `rough`."""
    magnitude = 1
    while True:
        for multiple in _TICK_STEPS:
            if multiple * magnitude >= rough:
                return multiple * magnitude
        magnitude *= 10
