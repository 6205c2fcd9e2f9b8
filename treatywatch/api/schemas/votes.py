from datetime import date
from typing import Literal

from ninja import Field, Schema

from treatywatch.api.schemas.blank import OptionalText
from treatywatch.dataset import schema


class ResolutionOut(Schema):
    symbol: str = Field(
        description="UN document symbol: the stable identifier (a description where the record lacks the symbol)"
    )
    treaty: Literal[schema.TREATY_CODES] = Field(description="the treaty the resolution supports")
    year: int
    adopted_on: date | None = Field(description="null where no source gives the date")
    yes: int | None = Field(description="null where the record does not know the totals")
    no: int | None
    abstain: int | None
    roll_call: Literal[schema.ROLL_CALL_HELD] = Field(
        description="how much of the roll call the record holds: yes, partial or no (each state's vote unknown)"
    )
    source_id: str = Field(description="source of the vote totals")
    date_source_id: str | None = Field(description="source of the adoption date")
    notes: OptionalText


class VoteOut(Schema):
    resolution: str = Field(description="symbol of the resolution")
    year: int
    adopted_on: date | None
    state: str
    vote: Literal[schema.ROLL_CALL] = Field(
        description="yes, no, abstain, or absent (listed as not voting); a state without a vote on a resolution is unknown"
    )
    source_id: str

    @staticmethod
    def resolve_resolution(vote) -> str:
        return vote.resolution.symbol

    @staticmethod
    def resolve_year(vote) -> int:
        return vote.resolution.year

    @staticmethod
    def resolve_adopted_on(vote) -> date | None:
        return vote.resolution.adopted_on

    @staticmethod
    def resolve_state(vote) -> str:
        return vote.state_id
