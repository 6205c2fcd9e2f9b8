"""The number of States Parties through time, as steps for the chart and as a table of
year-end figures for readers who cannot see the chart."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.charts.parties_chart import Series
from treatywatch.treaties import TreatyRecord

Steps = tuple[tuple[date, int], ...]


@dataclass(frozen=True)
class YearRow:
    """The parties of each treaty on `day`, in the order the treaties were given; None
    before a treaty was open for signature."""

    day: date
    parties: tuple[int | None, ...]


def party_steps(record: TreatyRecord, last: date) -> Steps:
    """(day, parties from that day on) from the day the treaty opened for signature to
    `last`, one step per change; empty if it had not opened by then."""
    first = record.treaty.opened_for_signature
    if last < first:
        return ()
    # Nothing moves after the record's last change, so the sweep can stop there.
    changes = [day for day in record.change_dates() if first < day <= last]
    steps: list[tuple[date, int]] = []
    for day, counts in record.daily_counts(first, changes[-1] if changes else first):
        if not steps or steps[-1][1] != counts.parties:
            steps.append((day, counts.parties))
    return tuple(steps)


def chart_series(records: Sequence[TreatyRecord], last: date) -> list[Series]:
    """One chart line per treaty that had opened for signature by `last`."""
    lines = [Series(r.treaty.short_name, r.treaty.code, party_steps(r, last)) for r in records]
    return [line for line in lines if line.steps]


def year_end_rows(series: Sequence[Series], last: date) -> list[YearRow]:
    """The parties on 31 December of each year from the first step to the last change
    (later years repeat it), and on `last` itself."""
    days = [day for line in series for day, _ in line.steps]
    if not days:
        return []
    years = range(min(days).year, min(last.year, max(days).year + 1))
    return [
        YearRow(day, tuple(_on(line.steps, day) for line in series))
        for day in _year_ends(years, last)
    ]


def _year_ends(years: range, last: date) -> list[date]:
    return [date(year, 12, 31) for year in years] + [last]


def _on(steps: Steps, day: date) -> int | None:
    known = [count for start, count in steps if start <= day]
    return known[-1] if known else None
