"""Participation in treaty meetings, from the record's attendance rows: "Attended the
Twelfth Meeting of States Parties of the Mine Ban Treaty, in Geneva, as an observer." An
event that tells of the same meeting (dated within its days) is that meeting's line, with
the attendance row's source cited too: the meeting is said once."""

from collections.abc import Iterable, Sequence
from datetime import date

from treatywatch.profiles.facts import AttendanceFact, EventFact
from treatywatch.profiles.meeting_names import meeting_words

_ROLES = {"observer": "as an observer", "party": "as a State Party"}


def attended_by(attendance: Iterable[AttendanceFact], as_of: date) -> list[AttendanceFact]:
    """The meetings attended that had ended by `as_of` (one without dates counts), oldest
    first."""
    known = [a for a in attendance if (a.end or a.start or date.min) <= as_of]
    return sorted(known, key=lambda a: (a.start or date.min, a.meeting))


def attendance_text(fact: AttendanceFact, treaty_name: str) -> str:
    place = f", in {fact.place}" if fact.place else ""
    return (
        f"Attended {meeting_words(fact.meeting)} of the {treaty_name}{place}, {_ROLES[fact.role]}."
    )


def events_of(fact: AttendanceFact, events: Sequence[EventFact]) -> list[EventFact]:
    """The meeting events of the same treaty dated within the meeting's days."""
    if fact.start is None:
        return []
    end = fact.end or fact.start
    return [
        event
        for event in events
        if event.treaty == fact.treaty
        and fact.start <= event.date_start <= end
        and event.date_end <= end
    ]
