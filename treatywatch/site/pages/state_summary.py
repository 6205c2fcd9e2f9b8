"""A state as the global pages list it: codes, name, region and the source of those."""

from dataclasses import dataclass

from treatywatch.profiles.facts import Citation


@dataclass(frozen=True)
class StateSummary:
    """`iso_numeric` is three digits, zero-padded, matching the map's shapes."""

    iso3: str
    iso_numeric: str
    name: str
    region: str
    source: Citation
