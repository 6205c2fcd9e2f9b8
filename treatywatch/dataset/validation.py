"""All the checks of a dataset folder, in one list of problems sorted by file and line."""

from pathlib import Path

from treatywatch.dataset.campaign_rules import check_asks, check_campaign_dates
from treatywatch.dataset.problems import Problem
from treatywatch.dataset.reader import Dataset, read_dataset
from treatywatch.dataset.record_rules import check_compliance_periods, check_vote_totals
from treatywatch.dataset.references import check_references
from treatywatch.dataset.source_hosts import check_source_hosts, mirror_warnings
from treatywatch.dataset.treaty_rules import check_treaty_rules

_CHECKS = (
    check_references,
    check_treaty_rules,
    check_vote_totals,
    check_compliance_periods,
    check_source_hosts,
    check_asks,
    check_campaign_dates,
)


def validate_dataset(folder: Path) -> tuple[Dataset, list[Problem]]:
    """Read the folder and check it; the dataset may be loaded only if no problem is found."""
    dataset = read_dataset(folder)
    problems = list(dataset.problems)
    for check in _CHECKS:
        problems.extend(check(dataset))
    return dataset, sorted(set(problems))


def dataset_warnings(dataset: Dataset) -> list[Problem]:
    """What is worth fixing but does not stop a load: a mirror cited as the main address."""
    return sorted(set(mirror_warnings(dataset)))
