"""The record's facts about one state, as plain values the profile is built from."""

from dataclasses import dataclass
from datetime import date, datetime

from treatywatch.treaties import Deadline, Treaty
from treatywatch.treaties.standing import Standing


@dataclass(frozen=True)
class Citation:
    """A source as the record describes it; `published` is a partial date or ""."""

    id: str
    title: str
    author: str = ""
    publisher: str = ""
    published: str = ""
    url: str = ""
    retrieved_from: str = ""


@dataclass(frozen=True)
class EventFact:
    """A dated fact; `date` is partial ("1991", "1998-05", "2014-09-23") and known by `date_end`."""

    id: str
    date: str
    date_start: date
    date_end: date
    category: str
    treaty: str
    text: str
    source: Citation


@dataclass(frozen=True)
class FigureFact:
    """A number referring to the partial date `as_of`; `item` is "" for a total."""

    as_of: str
    as_of_end: date
    measure: str
    item: str
    quantity: int
    approximate: bool
    notes: str
    source: Citation


@dataclass(frozen=True)
class VoteFact:
    """A pro-ban UNGA resolution and the state's vote on it; `vote` None: not known.

    `totals` are (yes, no, abstain), each None where the record does not know it."""

    year: int
    symbol: str
    adopted_on: date | None
    vote: str | None
    totals: tuple[int | None, int | None, int | None]
    source: Citation
    date_source: Citation | None = None
    treaty: str = "mbt"


@dataclass(frozen=True)
class ActionFact:
    """A signature, consent or withdrawal notice as the depositary records it."""

    treaty: str
    action: str
    date: date
    consent_type: str
    source: Citation


@dataclass(frozen=True)
class ExtensionFact:
    treaty: str
    article: str
    granted_on: date
    new_deadline: str  # YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day
    meeting: str
    source: Citation


@dataclass(frozen=True)
class ComplianceFact:
    """What one source says of one obligation: completed, not_applicable or missed."""

    treaty: str
    obligation: str
    period: int | None
    finding: str
    date: str
    source: Citation


@dataclass(frozen=True)
class TreatyFacts:
    """Where the state stands under one treaty on the profile's date, as the engine computes it.

    `depositary` is the source of the treaty's depositary record: it is what shows that a
    state with no action has not signed.
    """

    treaty: Treaty
    standing: Standing
    parties: int
    deadlines: tuple[Deadline, ...]
    depositary: Citation | None


@dataclass(frozen=True)
class ProfileFacts:
    """Everything a profile shows, unfiltered: the builder keeps what is known by `as_of`.

    `votes` holds the resolutions the state could vote on (from its UN admission on);
    `votes_recorded_through` is the last year of any resolution in the record;
    `state_source` is the source of the state's entry (its name and UN status).
    """

    iso3: str
    name: str
    un_status: str
    state_source: Citation | None
    as_of: date
    treaties: tuple[TreatyFacts, ...]
    actions: tuple[ActionFact, ...] = ()
    events: tuple[EventFact, ...] = ()
    figures: tuple[FigureFact, ...] = ()
    votes: tuple[VoteFact, ...] = ()
    votes_recorded_through: int | None = None
    extensions: tuple[ExtensionFact, ...] = ()
    completions: tuple[ComplianceFact, ...] = ()
    last_updated: datetime | None = None
    exists_from: date | None = None
    exists_source: Citation | None = None
    measures: tuple["MeasureFact", ...] = ()
    attendance: tuple["AttendanceFact", ...] = ()


@dataclass(frozen=True)
class AttendanceFact:
    """The state's attendance at a treaty meeting, as `party` or `observer`; the meeting's
    `name` and `place` are the record's, its days `start` to `end` (None if not recorded)."""

    treaty: str
    meeting: str
    name: str
    place: str
    start: date | None
    end: date | None
    role: str
    source: Citation


@dataclass(frozen=True)
class MeasureFact:
    """How a State Party gave a treaty effect in its own law (Art. 9): `legislation`,
    `existing_law`, `in_progress` or `none`; `date` is partial or ""."""

    treaty: str
    measure: str
    date: str
    source: Citation
