"""Every ask of a campaign with its status history up to a day: what the campaign page, its
feed, the API and the alerts show."""

from dataclasses import dataclass
from datetime import date

from treatywatch.campaigns.facts import RecordFacts
from treatywatch.record.models import Ask, Campaign
from treatywatch.treaties.asks import Criterion, Step, status_history


@dataclass(frozen=True)
class TrackedAsk:
    ask: Ask
    history: list[Step]

    @property
    def current(self) -> Step | None:
        return self.history[-1] if self.history else None

    @property
    def status(self) -> str:
        return self.current.status if self.current else "not_yet_asked"


def criterion_of(ask: Ask) -> Criterion:
    return Criterion(
        ask.criterion,
        ask.treaty or None,
        ask.category or None,
        ask.breach or None,
        ask.exception or None,
        ask.by,
    )


def tracked_asks(
    campaign: Campaign, until: date, facts: RecordFacts | None = None
) -> list[TrackedAsk]:
    """`facts`: shared when many campaigns are judged together, so the record is read once."""
    facts = facts or RecordFacts()
    asks = campaign.asks.select_related("state", "source").order_by("number", "state_id")
    return [
        TrackedAsk(
            ask, status_history(criterion_of(ask), campaign.asked_on, facts.of(ask.state_id), until)
        )
        for ask in asks
    ]
