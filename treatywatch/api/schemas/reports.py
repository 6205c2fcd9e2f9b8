"""The contracts of `treatywatch status --format json` and `treatywatch deadlines
--format json` (treatywatch/record/reports.py), field for field.

These answers are plain data, and large (a daily series has ten thousand days), so they
are pydantic models validated in pydantic's compiled core: ninja's Schema, made for
reading attributes off Django objects, takes seconds over them. `from_attributes` lets the
engine's Counts pass as it is."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from treatywatch.treaties import Status
from treatywatch.treaties.deadline import DEADLINE_STATES


class Data(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class CountsOut(Data):
    parties: int = Field(description="consent deposited, withdrawal not yet in effect")
    parties_in_force: int
    signed_not_party: int
    withdrawal_pending: int
    withdrawn: int
    withdrawal_suspended: int
    not_signed: int


class StatusRowOut(Data):
    iso3: str
    name: str
    status: Status
    signed: date | None
    consented: date | None
    consent_type: str | None
    in_force_from: date | None
    withdrawal_notified: date | None
    withdrawal_effective: date | None


class StatusReportOut(Data):
    treaty: str
    as_of: date
    counts: CountsOut
    states: list[StatusRowOut]


class DeadlineOut(Data):
    article: str
    obligation: str
    description: str
    period: int | None = Field(description="for an annual report: the calendar year it covers")
    due: date
    extended: bool
    met: bool | None = Field(
        description="true where the record knows it was met; otherwise null, never false"
    )
    met_on: date | None
    state: Literal[DEADLINE_STATES] = Field(description="as the record knows it on as_of")


class DeadlinesReportOut(Data):
    treaty: str
    iso3: str
    as_of: date
    status: Status
    deadlines: list[DeadlineOut]
