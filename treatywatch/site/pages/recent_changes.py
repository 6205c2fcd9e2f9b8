"""What changed recently under the treaties: signatures, deposits, entries into force and
withdrawals up to a date, from the engine's milestones, each with the sources behind it.

States that took the same step under the same treaty on the same day are one change
("Entered into force: Andorra, Angola, ..."), as the depositary's notifications group them.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.profiles.facts import ActionFact, Citation
from treatywatch.treaties import Treaty, TreatyRecord, consent_type_named
from treatywatch.treaties.milestones import Milestones


@dataclass(frozen=True)
class TreatyChange:
    """One step taken on `day` by one or more states; `states` are (iso3, name) by name."""

    day: date
    treaty: Treaty
    what: str
    states: tuple[tuple[str, str], ...]
    sources: tuple[Citation, ...]


@dataclass(frozen=True)
class _Step:
    day: date
    order: int
    what: str
    iso3: str
    sources: tuple[Citation, ...]


def treaty_changes(
    record: TreatyRecord,
    actions: Mapping[str, Sequence[ActionFact]],
    names: Mapping[str, str],
    as_of: date,
    conflict_sources: Mapping[str, Sequence[Citation]] | None = None,
) -> list[TreatyChange]:
    """Every change under the record's treaty up to `as_of`, newest first; `conflict_sources`
    cite the armed conflicts that hold a withdrawal back (Art. 20(3))."""
    conflict_sources = conflict_sources or {}
    steps = [
        step
        for iso3 in actions
        for step in _steps(
            record.milestones(iso3), iso3, actions[iso3], conflict_sources.get(iso3, ())
        )
        if step.day <= as_of
    ]
    return _grouped(steps, record.treaty, names)


def latest(changes: Iterable[TreatyChange], count: int) -> list[TreatyChange]:
    """The `count` most recent changes, newest first, whatever their treaty."""
    return sorted(changes, key=lambda change: (change.day, change.treaty.code), reverse=True)[
        :count
    ]


def _steps(
    m: Milestones, iso3: str, actions: Sequence[ActionFact], conflicts: Sequence[Citation]
) -> list[_Step]:
    signature, consent, notice = (
        _source(actions, kind) for kind in ("signature", "consent", "withdrawal_notice")
    )
    consent_type = next((a.consent_type for a in actions if a.action == "consent"), None)
    candidates = [
        (m.signed, "Signed", signature),
        (m.consented, consent_type_named(consent_type).verb.capitalize(), consent),
        # Art. 17: computed from the deposit, so it rests on the deposit's source.
        (m.in_force, "Entered into force", consent),
        (m.withdrawal_notified, "Notified withdrawal", notice),
        (
            _suspended_from(m),
            "Withdrawal held back by an armed conflict (Art. 20(3))",
            notice + tuple(conflicts),
        ),
        (m.withdrawal_effective, "Withdrawal took effect", notice),
    ]
    return [
        _Step(day, order, what, iso3, sources)
        for order, (day, what, sources) in enumerate(candidates)
        if day
    ]


def _suspended_from(m: Milestones) -> date | None:
    # Art. 20(3): the six months ran out while the state was engaged in an armed conflict.
    ends = m.withdrawal_period_ends
    if ends is None or m.withdrawal_effective == ends:
        return None
    return ends


def _source(actions: Sequence[ActionFact], kind: str) -> tuple[Citation, ...]:
    return tuple(action.source for action in actions if action.action == kind)


def _grouped(
    steps: Iterable[_Step], treaty: Treaty, names: Mapping[str, str]
) -> list[TreatyChange]:
    groups: dict[tuple, list[_Step]] = defaultdict(list)
    for step in steps:
        groups[(step.day, step.order, step.what)].append(step)
    # Newest first; on one day, the later stage first (an effect after its notice).
    return [
        _change(day, what, groups[(day, order, what)], treaty, names)
        for day, order, what in sorted(groups, reverse=True)
    ]


def _change(
    day: date, what: str, steps: list[_Step], treaty: Treaty, names: Mapping[str, str]
) -> TreatyChange:
    states = sorted(
        ((step.iso3, names.get(step.iso3, step.iso3)) for step in steps), key=lambda state: state[1]
    )
    sources = tuple(dict.fromkeys(source for step in steps for source in step.sources))
    return TreatyChange(day, treaty, what, tuple(states), sources)
