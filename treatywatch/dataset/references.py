"""Checks across files: keys are unique, and every reference points at a row that exists."""

from collections.abc import Iterator

from treatywatch.dataset.problems import Problem
from treatywatch.dataset.reader import Dataset
from treatywatch.dataset.schema import (
    CAMPAIGNS,
    FILES,
    MEETINGS,
    PUBLICATIONS,
    SOURCES,
    STATES,
    UNGA_RESOLUTIONS,
    FileSpec,
)

_TARGETS = {
    "iso3": (STATES.name, "iso3", "states.csv"),
    "source": (SOURCES.name, "id", "sources.csv"),
    "resolution": (UNGA_RESOLUTIONS.name, "symbol", "unga_resolutions.csv"),
    "meeting": (MEETINGS.name, "code", "meetings.csv"),
    "publication": (PUBLICATIONS.name, "id", "publications.csv"),
    "campaign": (CAMPAIGNS.name, "id", "campaigns.csv"),
}
# A list of states: each of its codes must be a state's.
_LIST_TARGETS = {"iso3_list": "iso3"}


def check_references(dataset: Dataset) -> Iterator[Problem]:
    known = {kind: {row[key] for row in dataset[file]} for kind, (file, key, _) in _TARGETS.items()}
    for spec in FILES:
        yield from _check_keys(dataset, spec)
        yield from _check_one_of(dataset, spec)
        yield from _check_targets(dataset, spec, known)


def _check_keys(dataset: Dataset, spec: FileSpec) -> Iterator[Problem]:
    first_line: dict[tuple, int] = {}
    for row in dataset[spec.name]:
        key = tuple(row[name] for name in spec.key)
        if key in first_line:
            what = ", ".join(f"{name}={value}" for name, value in zip(spec.key, key))
            yield row.problem(spec.key[-1], f"duplicate of line {first_line[key]} ({what})")
        first_line.setdefault(key, row.line)


def _check_one_of(dataset: Dataset, spec: FileSpec) -> Iterator[Problem]:
    if not spec.one_of:
        return
    for row in dataset[spec.name]:
        if all(row[name] is None for name in spec.one_of):
            yield row.problem(spec.one_of[0], f"give at least one of: {', '.join(spec.one_of)}")


def _check_targets(dataset: Dataset, spec: FileSpec, known: dict[str, set]) -> Iterator[Problem]:
    for field in spec.fields:
        kind = _LIST_TARGETS.get(field.kind, field.kind)
        if kind not in _TARGETS:
            continue
        target_file = _TARGETS[kind][2]
        for row in dataset[spec.name]:
            value = row[field.name]
            values = value.split() if field.kind in _LIST_TARGETS and value else [value]
            for one in values:
                if one is not None and one not in known[kind]:
                    yield row.problem(field.name, f"'{one}' is not in {target_file}")
