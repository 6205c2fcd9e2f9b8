"""Checks within publications, campaigns and asks: each ask gives what its criterion reads."""

from collections.abc import Iterator

from treatywatch.dataset.problems import Problem
from treatywatch.dataset.reader import Dataset
from treatywatch.dataset.schema import ASKS, CAMPAIGNS, PUBLICATIONS

# What each criterion reads, beyond the state (treaties/asks/criteria.py).
NEEDS = {
    "party_by": ("treaty",),
    "stays_party": ("treaty",),
    "policy_after": ("category",),
    "no_event_after": ("category",),
    "stockpile_destroyed": ("treaty",),
    "attends_meeting": ("treaty",),
    "votes_yes": ("treaty",),
    "not_judged": (),
}
# Read only by policy_after (breach, exception) and party_by (by): elsewhere they mislead.
ONLY_FOR = {"breach": ("policy_after",), "exception": ("policy_after",), "by": ("party_by",)}


def check_asks(dataset: Dataset) -> Iterator[Problem]:
    for ask in dataset[ASKS.name]:
        criterion = ask["criterion"]
        for name in NEEDS[criterion]:
            if ask[name] is None:
                yield ask.problem(name, f"the criterion {criterion} needs a {name}")
        for name, kinds in ONLY_FOR.items():
            if ask[name] is not None and criterion not in kinds:
                yield ask.problem(
                    name, f"only {' or '.join(kinds)} reads a {name}, not {criterion}"
                )


def check_campaign_dates(dataset: Dataset) -> Iterator[Problem]:
    """A campaign's asks are made in its publication: not before it was published."""
    published = {row["id"]: row["date"] for row in dataset[PUBLICATIONS.name]}
    for campaign in dataset[CAMPAIGNS.name]:
        day = published.get(campaign["publication"])
        if day is not None and campaign["asked_on"] < day:
            yield campaign.problem(
                "asked_on", f"is before its publication's date ({day.isoformat()})"
            )
