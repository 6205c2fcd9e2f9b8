"""A treaty's record: every state's facts, and the status, counts and deadlines they imply.

`states` is the universe the counts are taken over (typically the UN member and
observer states); a state with no participation in it is "not signed", and a
participant missing from it is added. `existence` gives, for a state that came into
being (or could first join treaties) after some day of interest, the day from which it
counts: before it the state is in no count, list or series. A state has at most one participation per
treaty, so a state that withdrew and joined again is not modelled.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from treatywatch.treaties import series
from treatywatch.treaties.counts import Counts
from treatywatch.treaties.deadline import Deadline
from treatywatch.treaties.deposits import Deposits, deposits_by
from treatywatch.treaties.entry_into_force import treaty_entry_into_force
from treatywatch.treaties.facts import ArmedConflict, Extension, Finding, Participation
from treatywatch.treaties.milestones import Milestones
from treatywatch.treaties.obligations import state_deadlines
from treatywatch.treaties.status import Status
from treatywatch.treaties.treaty import Treaty

__all__ = ["TreatyRecord"]

_NO_MILESTONES = Milestones()


class TreatyRecord:
    """Facts about every state under one treaty, and what follows from them on any day."""

    def __init__(
        self,
        treaty: Treaty,
        participations: Iterable[Participation],
        states: Iterable[str] = (),
        conflicts: Iterable[ArmedConflict] = (),
        extensions: Iterable[Extension] = (),
        findings: Iterable[Finding] = (),
        existence: Mapping[str, date] | None = None,
    ) -> None:
        self.treaty = treaty
        self._participations = _one_per_state(participations)
        self._states = tuple(sorted(set(states) | set(self._participations)))
        self._conflicts = _by_state(conflicts)
        self._extensions = _by_state(_check_extendable(treaty, extensions))
        self._findings = _by_state(findings)
        self._existence = dict(existence or {})
        self._entry_into_force = treaty_entry_into_force(treaty, self._participations.values())
        self._milestones = {
            iso3: Milestones.of(treaty, p, self._entry_into_force, self._conflicts.get(iso3, []))
            for iso3, p in self._participations.items()
        }

    def __repr__(self) -> str:
        return f"<TreatyRecord {self.treaty.code}: {len(self._states)} states>"

    @property
    def entry_into_force(self) -> date | None:
        """The treaty's entry into force, computed from the deposits (Art. 17(1))."""
        return self._entry_into_force

    def deposits_on(self, day: date) -> Deposits:
        """The instruments counted towards entry into force by `day` (Art. 17(1))."""
        return deposits_by(self.treaty, self._participations.values(), day)

    @property
    def states(self) -> tuple[str, ...]:
        """The universe of states counted, as sorted ISO 3166 alpha-3 codes."""
        return self._states

    def participation(self, iso3: str) -> Participation | None:
        return self._participations.get(iso3)

    def milestones(self, iso3: str) -> Milestones:
        """The days on which the state's standing changes; KeyError outside the universe."""
        if iso3 not in self._milestones and iso3 not in self._states:
            raise KeyError(f"{iso3!r} is not among the {len(self._states)} states of this record.")
        return self._milestones.get(iso3, _NO_MILESTONES)

    def in_force_from(self, iso3: str) -> date | None:
        return self.milestones(iso3).in_force

    def withdrawal_effective(self, iso3: str) -> date | None:
        return self.milestones(iso3).withdrawal_effective

    def exists_from(self, iso3: str) -> date | None:
        """The day from which the state counts; None if it counts on every day."""
        return self._existence.get(iso3)

    def exists_on(self, iso3: str, on: date) -> bool:
        start = self._existence.get(iso3)
        return start is None or start <= on

    def states_on(self, on: date) -> tuple[str, ...]:
        """The states that existed on `on`: the universe of that day's counts and lists."""
        return tuple(iso3 for iso3 in self._states if self.exists_on(iso3, on))

    def status_on(self, iso3: str, on: date) -> Status:
        return self.milestones(iso3).status_on(on)

    def status_changes(self, iso3: str) -> list[tuple[date, Status]]:
        """The state's history: each day its status changed and the status from then on."""
        return self.milestones(iso3).changes()

    def statuses_on(self, on: date) -> dict[str, Status]:
        return {iso3: self.milestones(iso3).status_on(on) for iso3 in self.states_on(on)}

    def counts_on(self, on: date) -> Counts:
        return Counts.of(self.statuses_on(on).values())

    def change_dates(self) -> list[date]:
        """Every day on which some state's status changes, in order."""
        return series.change_dates(self._all_milestones(), self._existence_dates())

    def daily_counts(self, start: date, end: date) -> list[tuple[date, Counts]]:
        """The counts on every day from `start` to `end`, both included."""
        return series.daily_counts(self._all_milestones(), start, end, self._existence_dates())

    def findings(self, iso3: str) -> tuple[Finding, ...]:
        """What sources say of the state's obligations, in the order the record gives them."""
        return tuple(self._findings.get(iso3, ()))

    def deadlines(self, iso3: str, through: date | None = None) -> list[Deadline]:
        """The state's deadlines, annual reports up to the year of `through` (default today)."""
        return state_deadlines(
            self.treaty,
            self.milestones(iso3),
            through or date.today(),
            self._extensions.get(iso3, []),
            self._findings.get(iso3, []),
        )

    def deadlines_by_state(self, through: date) -> dict[str, list[Deadline]]:
        """The deadlines of every state that owes something by `through`; a state that had
        not consented by then owes nothing and is left out."""
        found = {iso3: self.deadlines(iso3, through) for iso3 in self._participations}
        return {iso3: deadlines for iso3, deadlines in found.items() if deadlines}

    def _all_milestones(self) -> list[Milestones]:
        return [self._milestones.get(iso3, _NO_MILESTONES) for iso3 in self._states]

    def _existence_dates(self) -> list[date | None]:
        """Aligned with _all_milestones: each state's first day, or None."""
        return [self._existence.get(iso3) for iso3 in self._states]


def _one_per_state(participations: Iterable[Participation]) -> dict[str, Participation]:
    indexed: dict[str, Participation] = {}
    for participation in participations:
        if participation.iso3 in indexed:
            raise ValueError(
                f"{participation.iso3}: two participations in one treaty; merge them into one."
            )
        indexed[participation.iso3] = participation
    return indexed


def _by_state(facts: Iterable) -> dict[str, list]:
    grouped = defaultdict(list)
    for fact in facts:
        grouped[fact.iso3].append(fact)
    return dict(grouped)


def _check_extendable(treaty: Treaty, extensions: Iterable[Extension]) -> list[Extension]:
    # MBT Art. 5(3); CCM Arts. 3(3) and 4(5): only these deadlines can be extended.
    extensions = list(extensions)
    for extension in extensions:
        if extension.article not in treaty.extendable_articles:
            allowed = ", ".join(treaty.extendable_articles)
            raise ValueError(
                f"{extension.iso3}: the {treaty.short_name} allows extensions of Art. "
                f"{allowed} deadlines only, not Art. {extension.article}."
            )
    return extensions
