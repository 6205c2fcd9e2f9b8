"""An ask's status history drawn as a small bar of coloured spans from the day of the ask to
the day shown: server-rendered SVG, with its text alternative in the page beside it."""

from dataclasses import dataclass
from datetime import date

WIDTH = 320


@dataclass(frozen=True)
class Span:
    x: float
    width: float
    status: str
    label: str


def spans(history, asked_on: date, until: date) -> list[Span]:
    total = max((until - asked_on).days, 1)
    drawn = []
    for step, following in zip(history, [*history[1:], None]):
        end = following.day if following else until
        x = (step.day - asked_on).days * WIDTH / total
        width = max((end - step.day).days * WIDTH / total, 2)
        label = f"{step.status.replace('_', ' ')} from {step.day.isoformat()}"
        drawn.append(Span(round(x, 1), round(width, 1), step.status, label))
    return drawn
