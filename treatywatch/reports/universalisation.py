"""Who signed, joined, gave notice of withdrawal or left a treaty in the report's year
(Arts. 15-17 and 20), computed by the engine from the depositary's dates."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.profiles.facts import ActionFact, Citation
from treatywatch.treaties import TreatyRecord
from treatywatch.treaties.consent import consent_type_named


@dataclass(frozen=True)
class Step:
    iso3: str
    name: str
    day: date
    words: str
    sources: tuple[Citation, ...]


@dataclass(frozen=True)
class Universalisation:
    signed: tuple[Step, ...]
    joined: tuple[Step, ...]
    withdrawal_notified: tuple[Step, ...]
    withdrawn: tuple[Step, ...]

    @property
    def steps(self) -> int:
        return (
            len(self.signed)
            + len(self.joined)
            + len(self.withdrawal_notified)
            + len(self.withdrawn)
        )


def steps_in(
    record: TreatyRecord,
    actions: Mapping[str, Sequence[ActionFact]],
    names: Mapping[str, str],
    first: date,
    last: date,
) -> Universalisation:
    """The steps taken from `first` to `last`, both included, each state's by date."""

    def taken(kind: str) -> list[tuple[str, ActionFact]]:
        found = [(iso3, a) for iso3, acts in actions.items() for a in acts if a.action == kind]
        return sorted(((i, a) for i, a in found if first <= a.date <= last), key=_by_day)

    def step(iso3: str, day: date, words: str, action: ActionFact) -> Step:
        return Step(iso3, names.get(iso3, iso3), day, words, (action.source,))

    return Universalisation(
        signed=tuple(step(i, a.date, "signed", a) for i, a in taken("signature")),
        joined=tuple(step(i, a.date, _consent_words(a), a) for i, a in taken("consent")),
        withdrawal_notified=tuple(
            step(i, a.date, "gave notice of withdrawal", a) for i, a in taken("withdrawal_notice")
        ),
        withdrawn=tuple(_withdrawals(record, actions, names, first, last)),
    )


def _by_day(pair: tuple[str, ActionFact]) -> tuple:
    return (pair[1].date, pair[0])


def _consent_words(action: ActionFact) -> str:
    return consent_type_named(action.consent_type).verb


def _withdrawals(record, actions, names, first: date, last: date) -> list[Step]:
    # Art. 20(2): a withdrawal takes effect six months after notice (later in armed
    # conflict); the engine computes the day, the notice is its source.
    steps = []
    for iso3, acts in actions.items():
        effective = record.withdrawal_effective(iso3)
        if effective is not None and first <= effective <= last:
            notice = [a.source for a in acts if a.action == "withdrawal_notice"]
            steps.append(
                Step(
                    iso3, names.get(iso3, iso3), effective, "withdrawal took effect", tuple(notice)
                )
            )
    return sorted(steps, key=lambda step: (step.day, step.iso3))
