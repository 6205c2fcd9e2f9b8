"""One state's key dates under a treaty, and its status on any day derived from them.

A state's status only changes on one of these dates, which is what lets the record
sweep through time instead of recounting every day.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.treaties.entry_into_force import state_entry_into_force
from treatywatch.treaties.facts import ArmedConflict, Participation
from treatywatch.treaties.status import Status
from treatywatch.treaties.treaty import Treaty
from treatywatch.treaties.withdrawal import withdrawal_period_ends, withdrawal_takes_effect

__all__ = ["Milestones"]


@dataclass(frozen=True)
class Milestones:
    """The days on which a state's standing changes; None where it has not (yet) happened."""

    signed: date | None = None
    consented: date | None = None
    in_force: date | None = None
    withdrawal_notified: date | None = None
    withdrawal_period_ends: date | None = None
    withdrawal_effective: date | None = None

    @classmethod
    def of(
        cls,
        treaty: Treaty,
        participation: Participation,
        treaty_entry_into_force: date | None,
        conflicts: Sequence[ArmedConflict],
    ) -> "Milestones":
        """The milestones of one state; `conflicts` are that state's own."""
        _check_signature_date(treaty, participation)
        notified = participation.withdrawal_notified
        in_force = state_entry_into_force(participation, treaty_entry_into_force)
        if notified is None:
            return cls(participation.signed, participation.consented, in_force)
        return cls(
            signed=participation.signed,
            consented=participation.consented,
            in_force=in_force,
            withdrawal_notified=notified,
            withdrawal_period_ends=withdrawal_period_ends(treaty, notified),
            withdrawal_effective=withdrawal_takes_effect(treaty, notified, conflicts),
        )

    def status_on(self, on: date) -> Status:
        """The status on `on`; later stages take precedence over earlier ones."""
        # Art. 20(2)/(3): a withdrawal that has taken effect ends the state's participation.
        if _reached(self.withdrawal_effective, on):
            return Status.WITHDRAWN
        # Art. 20(3): the six months are over but an armed conflict holds the effect back.
        if _reached(self.withdrawal_period_ends, on):
            return Status.WITHDRAWAL_SUSPENDED
        # Art. 20(2): notified; still a party until the six months have run.
        if _reached(self.withdrawal_notified, on):
            return Status.WITHDRAWAL_PENDING
        # Art. 17: in force for the state from its own entry-into-force day.
        if _reached(self.in_force, on):
            return Status.PARTY_IN_FORCE
        # Art. 16: bound once the instrument is deposited, before it is in force.
        if _reached(self.consented, on):
            return Status.PARTY
        # Art. 15: a signatory that has not (yet) deposited its instrument.
        if _reached(self.signed, on):
            return Status.SIGNED
        return Status.NOT_SIGNED

    def changes(self) -> list[tuple[date, Status]]:
        """Each day the status changes, with the status from that day on, in date order."""
        changes: list[tuple[date, Status]] = []
        for day in sorted(set(self._dates())):
            current = self.status_on(day)
            if not changes or changes[-1][1] != current:
                changes.append((day, current))
        return changes

    def _dates(self) -> list[date]:
        dates = (
            self.signed,
            self.consented,
            self.in_force,
            self.withdrawal_notified,
            self.withdrawal_period_ends,
            self.withdrawal_effective,
        )
        return [day for day in dates if day is not None]


def _reached(day: date | None, on: date) -> bool:
    return day is not None and day <= on


def _check_signature_date(treaty: Treaty, participation: Participation) -> None:
    # Art. 15: the treaty is open for signature only from its opening day.
    signed = participation.signed
    if signed is not None and signed < treaty.opened_for_signature:
        raise ValueError(
            f"{participation.iso3}: signed on {signed}, before the {treaty.short_name} "
            f"was opened for signature on {treaty.opened_for_signature}; check the date."
        )
