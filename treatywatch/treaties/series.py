"""Counts through time, by sweeping over the days on which some status changes.

Every state's status is constant between its milestones, so a day-by-day series only
needs the statuses on the first day and the changes after it: a few hundred updates
instead of one recount of every state for each of ten thousand days.

A state that came into being during the series enters the counts on its first day: until
then it stands nowhere (None), which no count includes.
"""

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from itertools import repeat

from treatywatch.treaties.counts import Counts
from treatywatch.treaties.milestones import Milestones
from treatywatch.treaties.status import Status

__all__ = ["change_dates", "daily_counts"]

Move = tuple[Status | None, Status | None]
Firsts = Sequence[date | None]


def change_dates(states: Sequence[Milestones], firsts: Firsts | None = None) -> list[date]:
    """Every day on which at least one state's status changes (or a state begins), in order."""
    return sorted(
        {
            day
            for milestones, first in _paired(states, firsts)
            for day, _, _ in _transitions(milestones, first)
        }
    )


def daily_counts(
    states: Sequence[Milestones], start: date, end: date, firsts: Firsts | None = None
) -> list[tuple[date, Counts]]:
    """The counts on every day from `start` to `end`, both included; `firsts` gives, in the
    order of `states`, the day each state begins to count (None: it always counts)."""
    if start > end:
        raise ValueError(f"The series starts ({start}) after it ends ({end}); swap the dates.")
    pairs = _paired(states, firsts)
    tally = Counter(_standing(milestones, first, start) for milestones, first in pairs)
    moves = _moves_by_day(pairs, start, end)
    counts = Counts.from_tally(tally)
    series = []
    for day in _days(start, end):
        if day in moves:
            _apply(tally, moves[day])
            counts = Counts.from_tally(tally)
        series.append((day, counts))
    return series


def _paired(states: Sequence[Milestones], firsts: Firsts | None) -> list[tuple]:
    return list(zip(states, repeat(None) if firsts is None else firsts))


def _standing(milestones: Milestones, first: date | None, day: date) -> Status | None:
    return None if first is not None and day < first else milestones.status_on(day)


def _moves_by_day(pairs: list[tuple], start: date, end: date) -> dict[date, list[Move]]:
    moves: dict[date, list[Move]] = defaultdict(list)
    for milestones, first in pairs:
        for day, old, new in _transitions(milestones, first):
            if start < day <= end:
                moves[day].append((old, new))
    return moves


def _transitions(milestones: Milestones, first: date | None) -> Iterator[tuple]:
    """(day, status the day before, status from that day) wherever the two differ."""
    days = sorted({day for day, _ in milestones.changes()} | ({first} if first else set()))
    for day in days:
        old = _standing(milestones, first, day - timedelta(days=1))
        new = _standing(milestones, first, day)
        if old != new:
            yield day, old, new


def _apply(tally: Counter, moves: list[Move]) -> None:
    for old, new in moves:
        tally[old] -= 1
        tally[new] += 1


def _days(start: date, end: date) -> Iterator[date]:
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)
