"""The state's record on the annual pro-ban UNGA resolution, in words, from its votes.

"Abstained on Resolution 64/56 in December 2009, as in all previous years."
"Voted in favour of Resolution 65/48 in December 2010, having abstained in 2005–2009."

A state listed in the roll call as not voting "did not vote"; a state missing from the
roll call the record holds, or a resolution whose roll call the record does not hold
(2024), is "vote not known": the record cannot say what happened.
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


@dataclass(frozen=True)
class ResolutionVote:
    year: int
    symbol: str
    adopted_on: date | None
    vote: str | None


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
    """The voting record as it stands on `as_of`; `recorded_through` is the last year of
    any resolution in the record, so a view of a later year says where the data stops."""
    sentences = [_record_sentence(votes_known_by(votes, as_of))]
    if recorded_through is not None and as_of.year > recorded_through:
        sentences.append(f"The record holds no votes after {recorded_through}.")
    return " ".join(sentences)


def _adopted_by(vote: ResolutionVote) -> date:
    return vote.adopted_on or date(vote.year, 12, 31)


def _record_sentence(known: list[ResolutionVote]) -> str:
    if not known:
        return "The record holds no vote on a pro-ban UNGA resolution up to this date."
    if all(vote.vote is None for vote in known) and len(known) > 1:
        return (
            f"No vote known on any of the {len(known)} pro-ban UNGA resolutions "
            f"from {known[0].year} to {known[-1].year}."
        )
    *earlier, current = _runs(known)
    return _latest_clause(known[-1]) + _history_clause(current, earlier)


def _latest_clause(latest: ResolutionVote) -> str:
    when = month_words(latest.adopted_on) if latest.adopted_on else str(latest.year)
    name = short_resolution_name(latest.symbol, latest.year)
    return f"{LATEST_VOTE[latest.vote]} {name} in {when}"


def _history_clause(current: list[ResolutionVote], earlier: list[list[ResolutionVote]]) -> str:
    if not earlier:
        return ", as in all previous years." if len(current) > 1 else "."
    since = f", as in every year since {current[0].year}" if len(current) > 1 else ""
    if len(earlier) == 1 and earlier[0][0].vote is not None:
        return f"{since}, having {_run_words(earlier[0])}."
    years = Counter(vote.year for run in earlier for vote in run)
    shared = {year for year, count in years.items() if count > 1}
    return f"{since}. Earlier: {'; '.join(_run_words(run, shared) for run in earlier)}."


def _runs(known: list[ResolutionVote]) -> list[list[ResolutionVote]]:
    """Consecutive resolutions on which the state voted the same way."""
    return [list(run) for _, run in groupby(known, key=lambda vote: vote.vote)]


def _run_words(run: list[ResolutionVote], shared_years: set[int] = frozenset()) -> str:
    first, last = run[0].year, run[-1].year
    years = str(first) if first == last else f"{first}–{last}"
    # Two resolutions in one year (1997) voted on differently: say which was which.
    if len(run) == 1 and first in shared_years:
        years = f"{years} ({short_resolution_name(run[0].symbol, first)})"
    return f"{EARLIER_VOTE[run[0].vote]} in {years}"
