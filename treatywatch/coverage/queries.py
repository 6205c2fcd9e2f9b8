"""The adapter between the database and report.py: the record's rows as plain facts."""

from collections import defaultdict
from datetime import date

from treatywatch.coverage.facts import RollCall, Row, StateInfo
from treatywatch.coverage.report import Coverage, measure
from treatywatch.dataset.partial_date import PartialDate
from treatywatch.record import models
from treatywatch.record.treaty_records import treaty_record


def coverage_on(as_of: date) -> Coverage:
    return measure(as_of, treaty_record("mbt"), states(), rows(), roll_calls())


def states() -> list[StateInfo]:
    return [
        StateInfo(
            s.iso3, s.name, s.un_region, s.un_member_since if s.un_status == "member" else None
        )
        for s in models.State.objects.all()
    ]


def rows() -> list[Row]:
    return [*_actions(), *_figures(), *_events(), *_measures(), *_attendance()]


def _actions() -> list[Row]:
    actions = models.TreatyAction.objects.values_list(
        "state_id", "action", "treaty", "date", "source_id"
    )
    return [Row(iso3, "treaty_actions", *rest) for iso3, *rest in actions]


def _figures() -> list[Row]:
    figures = models.Figure.objects.values_list("state_id", "measure", "as_of_end", "source_id")
    return [Row(iso3, "figures", kind, "", day, source) for iso3, kind, day, source in figures]


def _events() -> list[Row]:
    events = models.Event.objects.values_list(
        "state_id", "category", "treaty", "date_end", "source_id"
    )
    return [Row(iso3, "events", *rest) for iso3, *rest in events]


def _measures() -> list[Row]:
    measures = models.NationalMeasure.objects.values_list(
        "state_id", "measure", "treaty", "date", "source_id"
    )
    return [
        Row(iso3, "national_measures", kind, treaty, _last_day(text), source)
        for iso3, kind, treaty, text, source in measures
    ]


def _attendance() -> list[Row]:
    # Attendance is known once the meeting has ended (or begun, where only that is known).
    attended = models.MeetingAttendance.objects.values_list(
        "state_id",
        "role",
        "meeting__treaty",
        "meeting__end_date",
        "meeting__start_date",
        "source_id",
    )
    return [
        Row(iso3, "meeting_attendance", role, treaty, end or start, source)
        for iso3, role, treaty, end, start, source in attended
    ]


def _last_day(text: str) -> date | None:
    return PartialDate.parse(text).last_day if text else None


def roll_calls() -> list[RollCall]:
    voters = defaultdict(set)
    votes = models.Vote.objects.exclude(source_id="").values_list("resolution_id", "state_id")
    for resolution, iso3 in votes:
        voters[resolution].add(iso3)
    return [
        RollCall(r.symbol, r.treaty, r.year, r.adopted_on, r.roll_call, frozenset(voters[r.pk]))
        for r in models.Resolution.objects.all()
    ]
