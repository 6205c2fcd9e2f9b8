"""Campaign asks judged against the record: each ask names a state and a criterion written
as data (asks.csv); the criteria are the small pure functions in criteria.py, and history.py
turns their judgements on successive days into a status history. Pure Python, no Django."""

from treatywatch.treaties.asks.criteria import CRITERIA, CRITERION_WORDS, judge
from treatywatch.treaties.asks.facts import (
    AskFacts,
    Criterion,
    EventFact,
    Judgement,
    MeetingFact,
    Reason,
    VoteFact,
)
from treatywatch.treaties.asks.history import STATUSES, Step, status_history, status_on

__all__ = [
    "CRITERIA",
    "CRITERION_WORDS",
    "STATUSES",
    "AskFacts",
    "Criterion",
    "EventFact",
    "Judgement",
    "MeetingFact",
    "Reason",
    "Step",
    "VoteFact",
    "judge",
    "status_history",
    "status_on",
]
