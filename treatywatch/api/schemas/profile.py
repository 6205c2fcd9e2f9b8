import datetime

from ninja import Field, Schema

from treatywatch.api.schemas.blank import OptionalText
from treatywatch.api.schemas.events import EventOut
from treatywatch.api.schemas.reports import DeadlineOut
from treatywatch.api.schemas.sources import SourceOut
from treatywatch.api.schemas.standings import StandingOut, StatusChangeOut
from treatywatch.api.schemas.states import StateOut
from treatywatch.api.schemas.votes import VoteOut


class TreatyActionOut(Schema):
    action: str = Field(description="signature, consent or withdrawal_notice")
    date: datetime.date
    consent_type: OptionalText
    effective_date: datetime.date | None
    source_id: str
    notes: OptionalText


class FigureOut(Schema):
    as_of: str = Field(description="the date the figure refers to: YYYY, YYYY-MM or YYYY-MM-DD")
    as_of_end: datetime.date = Field(description="last day of that period")
    measure: str
    item: OptionalText = Field(
        description="what the figure counts within the measure; null for a total"
    )
    quantity: int
    approximate: bool
    source_id: str
    notes: OptionalText


class ProfileTreatyOut(Schema):
    standing: StandingOut
    history: list[StatusChangeOut] = Field(description="each change of status up to as_of")
    actions: list[TreatyActionOut] = Field(
        description="the depositary's record of the state's actions, up to as_of"
    )
    deadlines: list[DeadlineOut]


class ProfileOut(Schema):
    state: StateOut
    as_of: datetime.date
    last_updated: datetime.datetime | None = Field(
        description="when a load last changed this state's record"
    )
    treaties: dict[str, ProfileTreatyOut]
    events: list[EventOut] = Field(description="events known to have happened by as_of")
    figures: list[FigureOut]
    votes: list[VoteOut]
    sources: list[SourceOut] = Field(description="every source the profile cites")
