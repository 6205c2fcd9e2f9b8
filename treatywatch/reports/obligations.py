"""States Parties' stockpile destruction and clearance in the report's year (MBT Arts. 4
and 5, CCM Arts. 3 and 4): the deadlines met that year, the deadlines that fell due that
year without a known completion, and the extensions granted that year. Where each stands
is the engine's Deadline.state_on, as on the treaty page's deadline board."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.profiles.facts import ExtensionFact
from treatywatch.treaties import Deadline

OBLIGATIONS = ("stockpile_destruction", "clearance")


@dataclass(frozen=True)
class DeadlineEntry:
    iso3: str
    name: str
    deadline: Deadline
    state: str


def completed_in(
    deadlines: Mapping[str, Sequence[Deadline]],
    names: Mapping[str, str],
    first: date,
    as_of: date,
) -> list[DeadlineEntry]:
    """Destruction and clearance completed within the year, as the sources date it: a
    completion the record cannot date is in no year's report."""
    found = []
    for iso3, deadline in _listed(deadlines):
        met = deadline.met_on(as_of)
        if met is not None and met.first_day is not None and first <= met.first_day:
            found.append(
                DeadlineEntry(iso3, names.get(iso3, iso3), deadline, deadline.state_on(as_of))
            )
    return _ordered(found)


def due_unmet_in(
    deadlines: Mapping[str, Sequence[Deadline]],
    names: Mapping[str, str],
    first: date,
    as_of: date,
) -> list[DeadlineEntry]:
    """Deadlines that fell due within the year, by `as_of`, and were not known to be met by
    then: `missed` where a source says so, else `unknown`."""
    found = [
        DeadlineEntry(iso3, names.get(iso3, iso3), d, d.state_on(as_of))
        for iso3, d in _listed(deadlines)
        if first <= d.due < as_of and d.state_on(as_of) in ("missed", "unknown")
    ]
    return _ordered(found)


def extensions_in(
    extensions: Sequence[tuple[str, ExtensionFact]],
    names: Mapping[str, str],
    first: date,
    as_of: date,
) -> list[tuple[str, str, ExtensionFact]]:
    """(iso3, name, extension) for each extension granted within the year, by date."""
    granted = [(i, names.get(i, i), e) for i, e in extensions if first <= e.granted_on <= as_of]
    return sorted(granted, key=lambda entry: (entry[2].granted_on, entry[1]))


def _listed(deadlines: Mapping[str, Sequence[Deadline]]):
    return [(iso3, d) for iso3, ds in deadlines.items() for d in ds if d.obligation in OBLIGATIONS]


def _ordered(entries: list[DeadlineEntry]) -> list[DeadlineEntry]:
    return sorted(entries, key=lambda e: (e.deadline.obligation, e.name))
