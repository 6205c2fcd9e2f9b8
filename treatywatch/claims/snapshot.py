"""What the checker knows of the record: plain values, built once by an adapter."""

from dataclasses import dataclass, field
from datetime import date

from treatywatch.treaties import TreatyRecord


@dataclass(frozen=True)
class StateName:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()


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

    def members(self, group: str, on: date) -> list[str]:
        return sorted(m.iso3 for m in self.memberships if m.group == group and m.member_on(on))
