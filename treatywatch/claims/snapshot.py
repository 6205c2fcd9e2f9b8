"""What the checker knows of the record: plain values, built once by an adapter."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from treatywatch.treaties import TreatyRecord

# Latin America and the Caribbean, as the UN's M49 groups its subregions.
_REGIONS_OF_SUBREGIONS = {
    "Caribbean": "latin_america",
    "Central America": "latin_america",
    "South America": "latin_america",
}


@dataclass(frozen=True)
class StateName:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    region: str = ""  # the UN region (M49): Africa, Americas, Asia, Europe, Oceania
    subregion: str = ""  # the UN subregion: Caribbean, Central America, South America ...


@dataclass(frozen=True)
class Meeting:
    code: str
    treaty: str
    kind: str  # "msp" (Meeting of States Parties) or "rc" (Review Conference)
    number: int
    name: str
    place: str
    start_date: date | None
    source_id: str


@dataclass(frozen=True)
class Event:
    id: str
    iso3: str
    date_start: date
    date_end: date
    category: str
    treaty: str
    text: str
    source_id: str


@dataclass(frozen=True)
class Resolution:
    """A UN General Assembly resolution on one of the treaties, with its recorded tally."""

    symbol: str
    treaty: str
    year: int
    adopted_on: date | None
    yes: int | None
    no: int | None
    abstain: int | None
    source_id: str


@dataclass(frozen=True)
class Figure:
    iso3: str
    as_of_end: date  # the figure is known from the end of the period it is dated to
    measure: str  # apm_stockpile, apm_destroyed, apm_retained, casualties, cm_stockpile ...
    item: str  # a mine type, or "" for a total
    quantity: int
    source_id: str


@dataclass(frozen=True)
class Membership:
    group: str
    iso3: str
    joined: date
    left: date | None
    source_url: str

    def member_on(self, on: date) -> bool:
        return self.joined <= on and (self.left is None or on < self.left)


@dataclass(frozen=True)
class Snapshot:
    states: dict[str, StateName]
    records: dict[str, TreatyRecord]
    meetings: tuple[Meeting, ...] = ()
    events: tuple[Event, ...] = ()
    memberships: tuple[Membership, ...] = ()
    action_sources: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    resolutions: tuple[Resolution, ...] = ()
    votes: Mapping[tuple[str, str], tuple[str, str]] = field(
        default_factory=dict
    )  # (symbol, iso3): (vote, source)
    figures: tuple[Figure, ...] = ()

    def members(self, group: str, on: date) -> list[str]:
        """A group's members on a date; a UN region (named in lower case) holds its states always."""
        regional = [
            s.iso3
            for s in self.states.values()
            if group in (s.region.lower(), _REGIONS_OF_SUBREGIONS.get(s.subregion))
        ]
        listed = [m.iso3 for m in self.memberships if m.group == group and m.member_on(on)]
        return sorted(regional + listed)
