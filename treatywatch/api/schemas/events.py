import datetime
from typing import Annotated

from ninja import Field, Schema

from treatywatch.api.params import EventCategory, TreatyCode
from treatywatch.api.schemas.blank import BlankAsNull


class EventOut(Schema):
    id: str = Field(description="stable identifier")
    state: str = Field(description="ISO 3166-1 alpha-3 code")
    date: str = Field(description="as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD")
    date_start: datetime.date = Field(description="first day of the period `date` names")
    date_end: datetime.date = Field(
        description="last day of that period: the event is known by then"
    )
    category: EventCategory
    treaty: Annotated[TreatyCode | None, BlankAsNull] = Field(
        description="null unless it concerns one treaty"
    )
    text: str
    source_id: str

    @staticmethod
    def resolve_state(event) -> str:
        return event.state_id
