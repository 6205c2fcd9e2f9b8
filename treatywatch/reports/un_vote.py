"""The year's General Assembly resolution supporting a treaty: its totals, and the states
whose vote changed from the year before. A change is computed only where both years' roll
calls are held; otherwise the report says which year's votes are unknown."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.reports.facts import ResolutionFact


@dataclass(frozen=True)
class VoteChange:
    iso3: str
    name: str
    before: str
    after: str


@dataclass(frozen=True)
class YearVote:
    """`changes` is None when they cannot be computed; `unknown_years` says why."""

    resolution: ResolutionFact
    previous: ResolutionFact | None
    changes: tuple[VoteChange, ...] | None
    unknown_years: tuple[int, ...]


def year_votes(
    resolutions: Sequence[ResolutionFact], year: int, as_of: date, names: Mapping[str, str]
) -> list[YearVote]:
    """One entry per resolution of `year` adopted by `as_of` (an undated one counts as
    adopted by the year's end)."""
    previous = [r for r in resolutions if r.year == year - 1]
    adopted = [r for r in resolutions if r.year == year and _adopted_by(r, as_of)]
    return [_year_vote(r, previous[0] if previous else None, names) for r in adopted]


def _adopted_by(resolution: ResolutionFact, as_of: date) -> bool:
    day = resolution.adopted_on or date(resolution.year, 12, 31)
    return day <= as_of


def _year_vote(
    resolution: ResolutionFact, previous: ResolutionFact | None, names: Mapping[str, str]
) -> YearVote:
    unknown = tuple(r.year for r in (previous, resolution) if r is not None and r.roll_call == "no")
    if previous is None or unknown:
        return YearVote(resolution, previous, None, unknown)
    return YearVote(resolution, previous, tuple(_changes(previous, resolution, names)), ())


def _changes(before: ResolutionFact, after: ResolutionFact, names: Mapping[str, str]):
    # Only states whose vote both roll calls hold: a vote missing from a partial roll call
    # is unknown, not a change.
    both = sorted(set(before.votes) & set(after.votes), key=lambda iso3: names.get(iso3, iso3))
    return [
        VoteChange(iso3, names.get(iso3, iso3), before.votes[iso3], after.votes[iso3])
        for iso3 in both
        if before.votes[iso3] != after.votes[iso3]
    ]
