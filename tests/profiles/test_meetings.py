from datetime import date

import pytest

from treatywatch.profiles.facts import AttendanceFact
from treatywatch.profiles.meetings import attendance_text, attended_by, events_of

CARTAGENA = (date(2009, 11, 29), date(2009, 12, 4))


@pytest.fixture
def attended(cite):
    def make(code="mbt-rc-2", days=CARTAGENA, role="observer", place="Cartagena, Colombia"):
        return AttendanceFact("mbt", code, "Second Review Conference", place, *days, role, cite())

    return make


@pytest.mark.parametrize(
    ("role", "place", "text"),
    [
        (
            "observer",
            "Cartagena, Colombia",
            "Attended the Second Review Conference of the Mine Ban Treaty, in Cartagena, "
            "Colombia, as an observer.",
        ),
        (
            "party",
            "",
            "Attended the Second Review Conference of the Mine Ban Treaty, as a State Party.",
        ),
    ],
    ids=["observer", "party-without-a-place"],
)
def test_attendance_in_words(attended, role, place, text):
    assert attendance_text(attended(role=role, place=place), "Mine Ban Treaty") == text


@pytest.mark.parametrize(
    ("as_of", "known"),
    [(date(2009, 12, 3), False), (date(2009, 12, 4), True)],
    ids=["during-the-meeting", "its-last-day"],
)
def test_a_meeting_attended_counts_from_its_last_day(attended, as_of, known):
    assert bool(attended_by([attended()], as_of)) is known


@pytest.mark.parametrize(
    ("when", "treaty", "same"),
    [
        ("2009-12-01", "mbt", True),
        ("2009-11-29", "mbt", True),
        ("2009-12-05", "mbt", False),
        ("2009-12", "mbt", False),
        ("2009-12-01", "ccm", False),
    ],
    ids=["within", "first-day", "after", "month-only", "other-treaty"],
)
def test_an_event_dated_within_the_meeting_tells_of_it(attended, event, when, treaty, same):
    found = events_of(attended(), [event(when, "meeting", treaty=treaty)])
    assert bool(found) is same
