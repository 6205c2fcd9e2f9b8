"""What the criteria read: one state's dated facts, and what they return: a status with the
facts that decided it."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from treatywatch.treaties.record import TreatyRecord


@dataclass(frozen=True)
class Criterion:
    """An ask's test, as asks.csv writes it: `kind` is one of criteria.CRITERIA."""

    kind: str
    treaty: str | None = None
    category: str | None = (
        None  # the kind of event that meets the ask (or, for no_event_after, breaks it)
    )
    breach: str | None = None  # the kind of event that undoes a policy that met it
    exception: str | None = None  # words whose presence in the meeting fact makes it partial
    by: date | None = None  # the day by which the ask is to be met


@dataclass(frozen=True)
class EventFact:
    id: str
    first_day: date
    category: str
    treaty: str | None
    text: str
    source_id: str


@dataclass(frozen=True)
class VoteFact:
    day: date
    treaty: str
    symbol: str
    vote: str | None  # None: the record holds no vote of the state on this resolution
    source_id: str


@dataclass(frozen=True)
class MeetingFact:
    code: str
    treaty: str
    day: date
    name: str
    attended: bool | None  # None: the record holds no list of who attended
    source_id: str


@dataclass(frozen=True)
class AskFacts:
    """Everything the record holds about one state that a criterion may read."""

    iso3: str
    records: Mapping[str, TreatyRecord] = field(default_factory=dict)
    events: tuple[EventFact, ...] = ()
    votes: tuple[VoteFact, ...] = ()
    meetings: tuple[MeetingFact, ...] = ()


@dataclass(frozen=True)
class Reason:
    """One fact that decided a judgement: its day, what it says, and its source."""

    day: date | None
    text: str
    source_id: str = ""
    event_id: str = ""


@dataclass(frozen=True)
class Judgement:
    status: str  # met, partly_met, not_met, unknown (history.py adds reversed)
    reasons: tuple[Reason, ...] = ()
