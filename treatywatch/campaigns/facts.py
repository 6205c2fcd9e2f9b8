"""The adapter: states' facts from the record, in the shape the ask criteria read
(treatywatch/treaties/asks/). The record-wide rows (resolutions, meetings) are read once per
RecordFacts, however many states and campaigns are judged with it."""

from functools import cached_property

from treatywatch.record import models
from treatywatch.record.treaty_records import treaty_record
from treatywatch.treaties import TREATIES
from treatywatch.treaties.asks import AskFacts, EventFact, MeetingFact, VoteFact


class RecordFacts:
    def __init__(self):
        self._states: dict[str, AskFacts] = {}

    def of(self, iso3: str) -> AskFacts:
        if iso3 not in self._states:
            self._states[iso3] = AskFacts(
                iso3=iso3,
                records={code: treaty_record(code) for code in TREATIES},
                events=tuple(_events(iso3)),
                votes=tuple(self._votes(iso3)),
                meetings=tuple(self._meetings(iso3)),
            )
        return self._states[iso3]

    @cached_property
    def _resolutions(self) -> list:
        # A vote the record cannot date decides nothing on a day.
        return [r for r in models.Resolution.objects.all() if r.adopted_on is not None]

    @cached_property
    def _meetings_held(self) -> list:
        return [m for m in models.Meeting.objects.all() if m.end_date or m.start_date]

    def _votes(self, iso3: str):
        cast = {
            resolution_id: (vote, source_id)
            for resolution_id, vote, source_id in models.Vote.objects.filter(
                state_id=iso3
            ).values_list("resolution_id", "vote", "source_id")
        }
        for resolution in self._resolutions:
            vote, source_id = cast.get(resolution.pk, (None, resolution.source_id))
            yield VoteFact(
                resolution.adopted_on, resolution.treaty, resolution.symbol, vote, source_id
            )

    def _meetings(self, iso3: str):
        attended = set(
            models.MeetingAttendance.objects.filter(state_id=iso3).values_list(
                "meeting_id", flat=True
            )
        )
        for meeting in self._meetings_held:
            # The record's attendance lists are partial: absence from one proves nothing.
            yield MeetingFact(
                meeting.code,
                meeting.treaty,
                meeting.end_date or meeting.start_date,
                meeting.name,
                True if meeting.code in attended else None,
                meeting.source_id,
            )


def _events(iso3: str):
    for event in models.Event.objects.filter(state_id=iso3):
        yield EventFact(
            event.id,
            event.date_start,
            event.category,
            event.treaty or None,
            event.text,
            event.source_id,
        )
