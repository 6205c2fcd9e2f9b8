"""Counts through time, by sweeping over the days on which some status changes.

Every state's status is constant between its milestones, so a day-by-day series only
needs the statuses on the first day and the changes after it: a few hundred updates
instead of one recount of every state for each of ten thousand days.
"""

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from treatywatch.treaties.counts import Counts
from treatywatch.treaties.milestones import Milestones
from treatywatch.treaties.status import Status

__all__ = ["change_dates", "daily_counts"]

Move = tuple[Status, Status]


def change_dates(states: Sequence[Milestones]) -> list[date]:
    """Every day on which at least one state's status changes, in order."""
    return sorted({day for milestones in states for day, _ in milestones.changes()})


def daily_counts(states: Sequence[Milestones], start: date, end: date) -> list[tuple[date, Counts]]:
    """The counts on every day from `start` to `end`, both included."""
    if start > end:
        raise ValueError(f"The series starts ({start}) after it ends ({end}); swap the dates.")
    tally = Counter(milestones.status_on(start) for milestones in states)
    moves = _moves_by_day(states, start, end)
    counts = Counts.from_tally(tally)
    series = []
    for day in _days(start, end):
        if day in moves:
            _apply(tally, moves[day])
            counts = Counts.from_tally(tally)
        series.append((day, counts))
    return series


def _moves_by_day(states: Sequence[Milestones], start: date, end: date) -> dict[date, list[Move]]:
    moves: dict[date, list[Move]] = defaultdict(list)
    for milestones in states:
        for day, old, new in _transitions(milestones):
            if start < day <= end:
                moves[day].append((old, new))
    return moves


def _transitions(milestones: Milestones) -> Iterator[tuple[date, Status, Status]]:
    previous = Status.NOT_SIGNED
    for day, status in milestones.changes():
        yield day, previous, status
        previous = status


def _apply(tally: Counter, moves: list[Move]) -> None:
    for old, new in moves:
        tally[old] -= 1
        tally[new] += 1


def _days(start: date, end: date) -> Iterator[date]:
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)
