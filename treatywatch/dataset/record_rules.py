"""Checks within the other files of the record: votes add up, reports name their year."""

from collections import Counter
from collections.abc import Iterator

from treatywatch.dataset.problems import Problem
from treatywatch.dataset.reader import Dataset
from treatywatch.dataset.schema import COMPLIANCE, UNGA_RESOLUTIONS, UNGA_VOTES, VOTES


def check_vote_totals(dataset: Dataset) -> Iterator[Problem]:
    """The recorded totals of a resolution must match its roll call, where there is one."""
    tallies: dict[str, Counter] = {}
    for vote in dataset[UNGA_VOTES.name]:
        tallies.setdefault(vote["symbol"], Counter())[vote["vote"]] += 1
    for resolution in dataset[UNGA_RESOLUTIONS.name]:
        tally = tallies.get(resolution["symbol"])
        if tally is None:
            continue
        for choice in VOTES:
            if tally[choice] != resolution[choice]:
                yield resolution.problem(
                    choice,
                    f"{resolution[choice]} recorded, but unga_votes.csv has {tally[choice]} '{choice}' votes",
                )


def check_compliance_periods(dataset: Dataset) -> Iterator[Problem]:
    for row in dataset[COMPLIANCE.name]:
        if row["obligation"] == "annual_report" and row["period"] is None:
            yield row.problem("period", "an annual report needs the calendar year it covers")
        if row["obligation"] != "annual_report" and row["period"] is not None:
            yield row.problem(
                "period", f"only an annual report covers a period, not {row['obligation']}"
            )
