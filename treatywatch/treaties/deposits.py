"""Art. 17(1) of both treaties: the instruments that count towards the treaty's own entry
into force, and the day they reached the threshold (the 40th deposit for the Mine Ban
Treaty, the 30th for the Convention on Cluster Munitions)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from treatywatch.treaties.calendar import first_day_of_sixth_month_after
from treatywatch.treaties.consent import consent_type_named
from treatywatch.treaties.facts import Participation
from treatywatch.treaties.treaty import Treaty

__all__ = ["Deposits", "deposits_by"]


@dataclass(frozen=True)
class Deposits:
    """The instruments counted by a day. `threshold_day` and `threshold_states`: when the
    threshold was reached and by whom (several states can deposit on the same day); None
    and () while it had not been."""

    count: int
    threshold: int
    threshold_day: date | None
    threshold_states: tuple[str, ...]

    @property
    def in_force_from(self) -> date | None:
        """The treaty's entry into force; None while the threshold is not reached."""
        if self.threshold_day is None:
            return None
        # Art. 17(1): the first day of the sixth month after the month of the threshold deposit.
        return first_day_of_sixth_month_after(self.threshold_day)


def deposits_by(
    treaty: Treaty, participations: Iterable[Participation], day: date | None = None
) -> Deposits:
    """The deposits counted towards entry into force by `day` (all of them if None)."""
    counted = _counted(participations, day)
    threshold = treaty.entry_into_force_threshold
    if len(counted) < threshold:
        return Deposits(len(counted), threshold, None, ())
    # Art. 17(1): the day of the threshold-th instrument, and every state that deposited then.
    reached = counted[threshold - 1][0]
    states = tuple(iso3 for deposited, iso3 in counted if deposited == reached)
    return Deposits(len(counted), threshold, reached, states)


def _counted(participations: Iterable[Participation], day: date | None) -> list[tuple[date, str]]:
    # Art. 17(1) counts instruments of ratification, acceptance, approval or accession;
    # a notification of succession is none of these (see consent.py).
    return sorted(
        (p.consented, p.iso3)
        for p in participations
        if p.consented is not None
        and (day is None or p.consented <= day)
        and consent_type_named(p.consent_type).counts_towards_entry_into_force
    )
