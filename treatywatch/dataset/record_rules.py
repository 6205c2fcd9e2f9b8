"""Checks within the other files of the record: votes add up, reports name their year."""

from collections import Counter
from collections.abc import Iterator

from treatywatch.dataset.problems import Problem
from treatywatch.dataset.reader import Dataset
from treatywatch.dataset.schema import COMPLIANCE, UNGA_RESOLUTIONS, UNGA_VOTES, VOTES


def check_vote_totals(dataset: Dataset) -> Iterator[Problem]:
    """A whole roll call adds up to the recorded totals; a partial one stays within them;
    a resolution without one has no votes."""
    tallies: dict[str, Counter] = {}
    for vote in dataset[UNGA_VOTES.name]:
        tallies.setdefault(vote["symbol"], Counter())[vote["vote"]] += 1
    for resolution in dataset[UNGA_RESOLUTIONS.name]:
        yield from _check_roll_call(resolution, tallies.get(resolution["symbol"], Counter()))


def _check_roll_call(resolution, tally: Counter) -> Iterator[Problem]:
    held = resolution["roll_call"]
    if held == "no" and tally:
        yield resolution.problem(
            "roll_call", "unga_votes.csv holds votes on it: write yes or partial"
        )
        return
    for choice in VOTES if held != "no" else ():
        total = resolution[choice]
        if total is None:
            yield resolution.problem(choice, "a resolution with a roll call needs its totals")
        elif tally[choice] > total or (held == "yes" and tally[choice] != total):
            yield resolution.problem(
                choice,
                f"{total} recorded, but unga_votes.csv has {tally[choice]} '{choice}' votes",
            )


def check_compliance_periods(dataset: Dataset) -> Iterator[Problem]:
    for row in dataset[COMPLIANCE.name]:
        if row["obligation"] == "annual_report" and row["period"] is None:
            yield row.problem("period", "an annual report needs the calendar year it covers")
        if row["obligation"] != "annual_report" and row["period"] is not None:
            yield row.problem(
                "period", f"only an annual report covers a period, not {row['obligation']}"
            )
