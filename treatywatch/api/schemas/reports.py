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
from treatywatch.treaties.facts import FINDINGS


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


class ExtensionOut(Data):
    granted_on: date = Field(description="date of the decision")
    meeting: str | None = Field(description="the meeting that decided it (a meetings.csv code)")
    new_due: date = Field(
        description="the new deadline; where the source gives only a month or year, its last day"
    )
    new_due_as_given: str = Field(
        description="the new deadline as precisely as the source gives it"
    )
    source: str | None = Field(description="id of the source (GET /sources/{id})")


class FindingOut(Data):
    finding: Literal[FINDINGS] = Field(
        description="completed, not_applicable or missed, as the source says"
    )
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY, as the source dates it")
    source: str | None = Field(description="id of the source (GET /sources/{id})")


class DeadlineOut(Data):
    article: str
    obligation: str
    description: str
    period: int | None = Field(description="for an annual report: the calendar year it covers")
    state: Literal[DEADLINE_STATES] = Field(
        description="as the record knows it on as_of: missed only where a source says so"
    )
    due: date = Field(
        description="the due date after the extensions granted by as_of; where an extension's source gives only a month or year, its last day"
    )
    due_as_given: str = Field(
        description="the due date as precisely as the record knows it: YYYY-MM-DD, YYYY-MM or YYYY"
    )
    original_due: date | None = Field(description="the due date the treaty itself sets")
    extended: bool
    extensions: list[ExtensionOut]
    met_on: str | None = Field(description="when it was met, as precisely as the source says")
    findings: list[FindingOut] = Field(description="what sources say of it, known by as_of")


class DeadlinesReportOut(Data):
    treaty: str
    iso3: str
    as_of: date
    status: Status
    deadlines: list[DeadlineOut]
