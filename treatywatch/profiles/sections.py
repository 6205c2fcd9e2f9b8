"""Which events a profile shows where, and only those known by the profile's date.

An event known only to its year or month counts from the last day of that period: on
23 Sep 2014 an event dated "2014" is not yet known to have happened.
"""

from collections.abc import Iterable, Sequence
from datetime import date

from treatywatch.profiles.facts import EventFact

NARRATIVE_CATEGORIES = ("policy", "legislation", "advocacy", "vote")
PRACTICE_CATEGORIES = ("use", "transfer", "production", "stockpile")
MEETING_CATEGORIES = ("meeting",)
KEY_DEVELOPMENTS = 3


def events_known_by(events: Iterable[EventFact], as_of: date) -> list[EventFact]:
    """The events known to have happened by `as_of`, oldest first."""
    return chronological(event for event in events if event.date_end <= as_of)


def chronological(events: Iterable[EventFact]) -> list[EventFact]:
    """Oldest first; a year sorts before the months and days within it."""
    return sorted(events, key=lambda event: (event.date_start, event.date_end, event.id))


def in_categories(
    events: Iterable[EventFact], categories: Sequence[str], treaties: Sequence[str] = ("mbt", "")
) -> list[EventFact]:
    """The events of these categories that concern one of `treaties` ("" for neither)."""
    return [e for e in events if e.category in categories and e.treaty in treaties]


def treaty_events(events: Iterable[EventFact], treaty: str) -> list[EventFact]:
    """Every event about one treaty, whatever its category."""
    return [event for event in events if event.treaty == treaty]


def key_developments(events: Sequence[EventFact], count: int = KEY_DEVELOPMENTS) -> list[EventFact]:
    """The most recent `count` events, newest first."""
    return list(reversed(chronological(events)[-count:])) if count > 0 else []
