from datetime import date
from typing import Annotated

from ninja import Field, Schema

from treatywatch.api.params import UnStatus
from treatywatch.api.schemas.standings import StandingOut

STATE_FIELDS = (
    "iso3",
    "iso_numeric",
    "name",
    "un_region",
    "un_subregion",
    "un_status",
    "un_member_since",
    "source_id",
)


class StateOut(Schema):
    iso3: str = Field(description="ISO 3166-1 alpha-3 code: the state's stable identifier")
    iso_numeric: str = Field(description="ISO 3166-1 numeric code")
    name: str
    un_region: str = Field(description="UN M49 region")
    un_subregion: str = Field(description="UN M49 sub-region")
    un_status: UnStatus
    un_member_since: int | None = Field(
        description="year of admission to the UN; null if not a member"
    )
    source_id: str = Field(description="the source of this entry, see /sources/{id}")


class StateStandingsOut(StateOut):
    as_of: date
    treaties: Annotated[
        dict[str, StandingOut], Field(description="the standing under each treaty, by treaty code")
    ]
