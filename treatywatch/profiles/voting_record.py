"""The state's record on the annual pro-ban UNGA resolution, in words, from its votes.

"Abstained on Resolution 64/56 in December 2009, as in every year since 1998."
"Abstained on Resolution 80/35 in December 2025, having voted in favour every year
1996–2023. Vote not known in 2024."

The votes read as runs of one position, each run one clause the page footnotes once: a
year whose vote is not known does not break a run, it is named on its own. A state listed
in the roll call as not voting "did not vote"; a state missing from the roll call the
record holds, or a resolution whose roll call the record does not hold (2024), is "vote
not known": the record cannot say what happened.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from treatywatch.profiles.date_words import month_words

LATEST_VOTE = {
    "yes": "Voted in favour of",
    "no": "Voted against",
    "abstain": "Abstained on",
    "absent": "Did not vote on",
    None: "Vote not known on",
}
EARLIER_VOTE = {
    "yes": "voted in favour",
    "no": "voted against",
    "abstain": "abstained",
    "absent": "did not vote",
    None: "vote not known",
}
# After "having": "having not voted", never "having did not vote".
_HAVING = EARLIER_VOTE | {"absent": "not voted"}


@dataclass(frozen=True)
class ResolutionVote:
    year: int
    symbol: str
    adopted_on: date | None
    vote: str | None


@dataclass(frozen=True)
class Clause:
    """A piece of the voting record with the votes it states: the page cites them once."""

    text: str
    votes: tuple[ResolutionVote, ...] = ()


def short_resolution_name(symbol: str, year: int | None = None) -> str:
    """ "A/RES/64/56" -> "Resolution 64/56"; "A/RES/52/38 A" -> "Resolution 52/38 A"; a
    resolution whose symbol the record lacks is named by its year."""
    if symbol.startswith("A/RES/"):
        return f"Resolution {symbol.removeprefix('A/RES/')}"
    return f"the {year} resolution (symbol not recorded)" if year else symbol


def votes_known_by(votes: Sequence[ResolutionVote], as_of: date) -> list[ResolutionVote]:
    """The resolutions adopted by `as_of`, oldest first; one without a known adoption day
    counts from the end of its year."""
    known = [vote for vote in votes if _adopted_by(vote) <= as_of]
    return sorted(known, key=lambda vote: (vote.year, vote.symbol))


def voting_record_words(
    votes: Sequence[ResolutionVote], as_of: date, recorded_through: int | None
) -> str:
    """The voting record as one text (see `voting_record_clauses`)."""
    return "".join(clause.text for clause in voting_record_clauses(votes, as_of, recorded_through))


def voting_record_clauses(
    votes: Sequence[ResolutionVote], as_of: date, recorded_through: int | None
) -> list[Clause]:
    """The voting record as it stands on `as_of`, clause by clause; `recorded_through` is
    the last year of any resolution in the record, so a view of a later year says where
    the data stops."""
    clauses = _record_clauses(votes_known_by(votes, as_of))
    if recorded_through is not None and as_of.year > recorded_through:
        clauses.append(Clause(f" The record holds no votes after {recorded_through}."))
    return clauses


def _adopted_by(vote: ResolutionVote) -> date:
    return vote.adopted_on or date(vote.year, 12, 31)


def _record_clauses(known: list[ResolutionVote]) -> list[Clause]:
    if not known:
        return [Clause("The record holds no vote on a pro-ban UNGA resolution up to this date.")]
    unknown = [vote for vote in known if vote.vote is None]
    if len(unknown) == len(known) > 1:
        text = (
            f"No vote known on any of the {len(known)} pro-ban UNGA resolutions "
            f"from {known[0].year} to {known[-1].year}."
        )
        return [Clause(text, tuple(known))]
    position_runs = runs([vote for vote in known if vote.vote is not None])
    shared = {year for year, n in Counter(vote.year for vote in known).items() if n > 1}
    latest = known[-1]
    if latest.vote is None:
        clauses = [Clause(_latest_words(latest) + ".", (latest,))]
        unknown, earlier = unknown[:-1], position_runs
    else:
        current, earlier = position_runs[-1], position_runs[:-1]
        clauses = _lead(latest, current, earlier, bool(unknown), shared)
        earlier = earlier[:-1]
    return clauses + _earlier(earlier, shared) + _unknown(unknown)


def _lead(latest, current, earlier, any_unknown: bool, shared: set[int]) -> list[Clause]:
    """The latest vote, the run it ends and, if the state voted otherwise before, how."""
    text = _latest_words(latest)
    if len(current) > 1:
        text += ", as " + _before_words(current, all_years=not earlier and not any_unknown)
    if not earlier:
        return [Clause(text + ".", tuple(current))]
    having = f", having {_run_words(earlier[-1], shared, _HAVING)}."
    return [Clause(text, tuple(current)), Clause(having, tuple(earlier[-1]))]


def _before_words(current: list[ResolutionVote], all_years: bool) -> str:
    before = current[:-1]
    if all_years:
        return "in all previous years"
    if _every_year(current):
        return f"in every year since {current[0].year}"
    span = span_words(before)
    return span if span.startswith("in ") else f"in {span}"


def _earlier(earlier: list[list[ResolutionVote]], shared: set[int]) -> list[Clause]:
    clauses = [Clause(f"; {_run_words(run, shared)}", tuple(run)) for run in earlier]
    if not clauses:
        return []
    first = clauses[0].text.removeprefix("; ")
    return [Clause(f" Earlier: {first}", clauses[0].votes), *clauses[1:], Clause(".")]


def _unknown(unknown: list[ResolutionVote]) -> list[Clause]:
    if not unknown:
        return []
    return [Clause(f" Vote not known in {_years_words(unknown)}.", tuple(unknown))]


def _latest_words(latest: ResolutionVote) -> str:
    when = month_words(latest.adopted_on) if latest.adopted_on else str(latest.year)
    name = short_resolution_name(latest.symbol, latest.year)
    return f"{LATEST_VOTE[latest.vote]} {name} in {when}"


def runs(positions: list[ResolutionVote]) -> list[list[ResolutionVote]]:
    """Consecutive resolutions on which the state took the same position; a resolution
    whose vote is not known, left out of `positions`, breaks no run."""
    return [list(run) for _, run in groupby(positions, key=lambda vote: vote.vote)]


def _run_words(
    run: list[ResolutionVote], shared_years: set[int] = frozenset(), words=EARLIER_VOTE
) -> str:
    if len(run) == 1 and run[0].year in shared_years:
        # Two resolutions in one year (1997) voted on differently: say which was which.
        name = short_resolution_name(run[0].symbol, run[0].year)
        return f"{words[run[0].vote]} in {run[0].year} ({name})"
    if run[0].vote == "absent":
        return f"{words['absent']} in {_years_words(run)}"
    return f"{words[run[0].vote]} {span_words(run)}"


def span_words(run: list[ResolutionVote]) -> str:
    """ "every year 1998–2023" for three years or more without a gap; else "in 2023 and 2025"."""
    if _every_year(run) and len({vote.year for vote in run}) > 2:
        return f"every year {_years_words(run)}"
    return f"in {_years_words(run)}"


def _every_year(run: list[ResolutionVote]) -> bool:
    years = sorted({vote.year for vote in run})
    return years == list(range(years[0], years[-1] + 1))


def _years_words(run: list[ResolutionVote]) -> str:
    """ "2009", "2007–2009", "2023 and 2025", "1998–2023 and 2025"."""
    years = sorted({vote.year for vote in run})
    spans, start = [], years[0]
    for before, year in zip(years, [*years[1:], None], strict=True):
        if year is None or year != before + 1:
            spans.append(str(start) if start == before else f"{start}–{before}")
            start = year
    return spans[0] if len(spans) == 1 else f"{', '.join(spans[:-1])} and {spans[-1]}"
