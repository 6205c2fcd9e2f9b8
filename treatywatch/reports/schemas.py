"""The contract of GET /api/v1/reports/{year} (reports/data.py), field for field, for the
OpenAPI schema. Plain pydantic models, as api/schemas/reports.py explains."""

from typing import Literal

from pydantic import BaseModel, Field

from treatywatch.api.schemas.reports import CountsOut
from treatywatch.dataset import schema
from treatywatch.treaties.deadline import DEADLINE_STATES

SourceIds = list[str]


class ReportStepOut(BaseModel):
    iso3: str
    date: str = Field(description="YYYY-MM-DD")
    step: str = Field(
        description="signed, ratified, acceded, ..., gave notice of withdrawal, withdrawal took effect"
    )
    source_ids: SourceIds


class ReportStepsOut(BaseModel):
    joined: list[ReportStepOut]
    signed: list[ReportStepOut]
    withdrawal_notified: list[ReportStepOut]
    withdrawn: list[ReportStepOut] = Field(
        description="withdrawals that took effect in the year (Art. 20)"
    )


class ReportVoteChangeOut(BaseModel):
    iso3: str
    before: Literal[schema.ROLL_CALL]
    after: Literal[schema.ROLL_CALL]


class ReportYearVoteOut(BaseModel):
    symbol: str
    adopted_on: str | None
    yes: int | None
    no: int | None
    abstain: int | None
    roll_call: Literal[schema.ROLL_CALL_HELD]
    changes_from_year_before: list[ReportVoteChangeOut] | None = Field(
        description="null when either year's roll call is unknown (votes_unknown_in) or the record holds no resolution of the year before"
    )
    votes_unknown_in: list[int]
    source_ids: SourceIds


class ReportEventOut(BaseModel):
    iso3: str
    event_id: str = Field(description="GET /api/v1/events lists it")
    date: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD")
    source_ids: SourceIds


class ReportActivitiesOut(BaseModel):
    policy: list[ReportEventOut]
    use: list[ReportEventOut]
    production: list[ReportEventOut]
    transfer: list[ReportEventOut]
    stockpile: list[ReportEventOut]


class ReportFigureOut(BaseModel):
    iso3: str
    measure: Literal[tuple(schema.MEASURE_WORDS)]
    as_of: str
    quantity: int
    approximate: bool
    source_ids: SourceIds


class ReportDeadlineOut(BaseModel):
    iso3: str
    obligation: Literal["stockpile_destruction", "clearance"]
    article: str
    due: str
    state: Literal[DEADLINE_STATES]
    source_ids: SourceIds


class ReportExtensionOut(BaseModel):
    iso3: str
    article: str
    granted_on: str
    new_deadline: str
    meeting: str | None
    source_ids: SourceIds


class ReportTallyOut(BaseModel):
    obligation: str
    article: str
    description: str
    met: int
    not_known: int
    met_late: int
    missed: int
    not_applicable: int


class ReportCasualtiesOut(BaseModel):
    year: int
    edition: Literal[schema.CASUALTY_EDITIONS]
    quantity: int
    approximate: bool
    published_in: str
    source_ids: SourceIds


class ReportTreatyYearOut(BaseModel):
    treaty: Literal[schema.TREATY_CODES]
    opened: bool = Field(description="whether the treaty had opened for signature by as_of")
    counts: CountsOut = Field(description="on as_of, as GET /treaties/{code}/status counts")
    counts_year_before: CountsOut = Field(description="on 31 December of the year before")
    steps: ReportStepsOut
    votes: list[ReportYearVoteOut]
    activities: ReportActivitiesOut
    figures: list[ReportFigureOut]
    completed: list[ReportDeadlineOut] = Field(
        description="stockpile destruction and clearance completed in the year"
    )
    due_unmet: list[ReportDeadlineOut] = Field(
        description="deadlines due in the year with no recorded completion: missed where a source says so, else unknown"
    )
    extensions: list[ReportExtensionOut]
    deadline_tallies: list[ReportTallyOut] = Field(
        description="every deadline passed by as_of, as the treaty page tallies them"
    )
    casualties: list[ReportCasualtiesOut] = Field(
        description="the Monitor's global figures published in the year (Mine Ban Treaty only)"
    )
    thin: list[str] = Field(description="the sections the record holds nothing for in the year")


class AnnualReportOut(BaseModel):
    year: int
    as_of: str = Field(
        description="the day the record is read as of: 31 December, or today for the current year"
    )
    thin: bool = Field(description="whether the record holds little for the year")
    treaties: list[ReportTreatyYearOut]
