"""How each dataset file maps onto a model: which fields name a row, and how a typed row
becomes model values. The loader (and later the exporter) work through this table."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models

from treatywatch.dataset import schema
from treatywatch.dataset.partial_date import PartialDate
from treatywatch.record import models as record

# Dataset column -> model attribute, where they differ: a row's iso3 is its state.
_STATE_REFERENCE = {"iso3": "state_id"}


@dataclass(frozen=True)
class Table:
    spec: schema.FileSpec
    model: type[models.Model]
    key: tuple[str, ...]  # model attributes that name a row (the file's key, renamed)
    derive: Callable[[dict], dict] = field(default=lambda values: {})
    renamed: dict[str, str] = field(default_factory=lambda: dict(_STATE_REFERENCE))

    def model_values(self, row_values: dict, resolution_ids: dict[str, int]) -> dict:
        values = {}
        for spec_field in self.spec.fields:
            name, value = self._column(spec_field, row_values[spec_field.name], resolution_ids)
            values[name] = value
        values.update(self.derive(row_values))
        return values

    def _column(self, spec_field: schema.Field, value, resolution_ids):
        if spec_field.kind == "resolution" and self.model is record.Vote:
            return "resolution_id", resolution_ids[value]
        name = self.renamed.get(spec_field.name, spec_field.name)
        if spec_field.name == "approximate":
            return name, value == "yes"
        if isinstance(value, PartialDate):
            return name, str(value)
        if value is None and not self.model._meta.get_field(name).null:
            return name, ""
        return name, value

    def key_of(self, values: dict) -> tuple:
        return tuple(values[name] for name in self.key)


def _event_period(values: dict) -> dict:
    return {"date_start": values["date"].first_day, "date_end": values["date"].last_day}


def _figure_period(values: dict) -> dict:
    return {"as_of_end": values["as_of"].last_day}


def _deadline_period(values: dict) -> dict:
    deadline = values["new_deadline"]
    return {"new_deadline_start": deadline.first_day, "new_deadline_end": deadline.last_day}


def _existence(values: dict) -> dict:
    return {"exists_from_end": values["exists_from"].last_day}


def _finding_period(values: dict) -> dict:
    known = values["date"]
    return {
        "date_start": known.first_day if known else None,
        "date_end": known.last_day if known else None,
    }


TABLES = (
    Table(schema.SOURCES, record.Source, ("id",)),
    Table(
        schema.STATES,
        record.State,
        ("iso3",),
        _existence,
        renamed={},
    ),
    Table(schema.TREATY_ACTIONS, record.TreatyAction, ("treaty", "state_id", "action")),
    Table(schema.ARMED_CONFLICTS, record.ArmedConflict, ("state_id", "start_date")),
    Table(schema.MEETINGS, record.Meeting, ("code",)),
    Table(
        schema.MEETING_ATTENDANCE,
        record.MeetingAttendance,
        ("meeting_id", "state_id"),
        renamed={"iso3": "state_id", "meeting": "meeting_id"},
    ),
    Table(
        schema.EXTENSIONS,
        record.Extension,
        ("treaty", "state_id", "article", "granted_on"),
        _deadline_period,
        renamed={"iso3": "state_id", "meeting": "meeting_id"},
    ),
    Table(
        schema.COMPLIANCE,
        record.Compliance,
        ("treaty", "state_id", "obligation", "period", "finding"),
        _finding_period,
    ),
    Table(schema.NATIONAL_MEASURES_FILE, record.NationalMeasure, ("treaty", "state_id", "measure")),
    Table(schema.UNGA_RESOLUTIONS, record.Resolution, ("symbol",)),
    Table(schema.UNGA_VOTES, record.Vote, ("resolution_id", "state_id")),
    Table(schema.EVENTS, record.Event, ("id",), _event_period),
    Table(
        schema.FIGURES,
        record.Figure,
        ("state_id", "as_of", "measure", "item", "source_id"),
        _figure_period,
    ),
    Table(
        schema.GLOBAL_CASUALTIES,
        record.GlobalCasualties,
        ("year", "edition", "source_id"),
        renamed={},
    ),
    Table(schema.PUBLICATIONS, record.Publication, ("id",)),
    Table(schema.CAMPAIGNS, record.Campaign, ("id",), renamed={"publication": "publication_id"}),
    Table(
        schema.ASKS,
        record.Ask,
        ("campaign_id", "number", "state_id"),
        renamed={"campaign": "campaign_id", "iso3": "state_id"},
    ),
)
