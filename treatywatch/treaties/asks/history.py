"""An ask's status over time: its criterion judged on every day the facts it reads change.
A met (or partly met) ask that later stops being met is `reversed`, not merely not met."""

from dataclasses import dataclass
from datetime import date

from treatywatch.treaties.asks.criteria import judge
from treatywatch.treaties.asks.facts import AskFacts, Criterion, Judgement

STATUSES = ("met", "partly_met", "not_met", "reversed", "unknown")
_MET = ("met", "partly_met")


@dataclass(frozen=True)
class Step:
    """From `day` on (until the next step), the ask stood at `judgement`."""

    day: date
    judgement: Judgement

    @property
    def status(self) -> str:
        return self.judgement.status


def status_history(
    criterion: Criterion, asked_on: date, facts: AskFacts, until: date
) -> list[Step]:
    """The steps from the day of the ask to `until`; [] before the ask was made."""
    steps: list[Step] = []
    for day in _change_days(asked_on, facts, until):
        judgement = judge(criterion, asked_on, facts, day)
        if any(step.status in _MET for step in steps) and judgement.status == "not_met":
            judgement = Judgement("reversed", judgement.reasons)
        if steps and steps[-1].status == judgement.status:
            # The same status since that step; the facts deciding it are the latest known.
            steps[-1] = Step(steps[-1].day, judgement)
        else:
            steps.append(Step(day, judgement))
    return steps


def status_on(criterion: Criterion, asked_on: date, facts: AskFacts, on: date) -> Step | None:
    """Where the ask stood on `on`; None before it was made."""
    history = status_history(criterion, asked_on, facts, on)
    return history[-1] if history else None


def _change_days(asked_on: date, facts: AskFacts, until: date) -> list[date]:
    """The days on which a judgement may change: the ask and every fact of the state after it.
    An ask's `by` date adds none: whether the state joined late is settled on the day it joins."""
    days = {asked_on}
    days |= {e.first_day for e in facts.events}
    days |= {v.day for v in facts.votes} | {m.day for m in facts.meetings}
    for record in facts.records.values():
        days |= {day for day, _ in record.status_changes(facts.iso3)}
        # A finding is known from the last day its source dates it to; an undated one always.
        days |= {f.last_day for f in record.findings(facts.iso3) if f.last_day is not None}
    return sorted(day for day in days if asked_on <= day <= until)
