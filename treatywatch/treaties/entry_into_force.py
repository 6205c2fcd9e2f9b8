"""Art. 17 of both treaties: when the treaty enters into force, in general and for a state.

Succession. A notification of succession is not an instrument of ratification,
acceptance, approval or accession, so it neither counts towards the Art. 17(1)
threshold nor starts the Art. 17(2) six-month wait. Under the Vienna Convention on
Succession of States in respect of Treaties (1978), arts. 17 and 23, a newly
independent state that notifies succession is bound from the date of the succession
of states. The engine therefore treats the treaty as in force for a successor from
`succession_effective` where the record gives that date, and otherwise from the date
of the notification: the date the record does know, and the later (conservative) of
the two. Either way never earlier than the treaty's own entry into force.
"""

from collections.abc import Iterable
from datetime import date

from treatywatch.treaties.calendar import first_day_of_sixth_month_after
from treatywatch.treaties.deposits import deposits_by
from treatywatch.treaties.facts import Participation
from treatywatch.treaties.treaty import Treaty

__all__ = ["state_entry_into_force", "treaty_entry_into_force"]


def treaty_entry_into_force(treaty: Treaty, participations: Iterable[Participation]) -> date | None:
    """The treaty's entry into force computed from the deposits; None before the threshold."""
    # Art. 17(1): counted in deposits.py.
    return deposits_by(treaty, participations).in_force_from


def state_entry_into_force(
    participation: Participation, treaty_entry_into_force: date | None
) -> date | None:
    """The day from which the treaty is in force for this state; None without consent."""
    if participation.consented is None or treaty_entry_into_force is None:
        return None
    if participation.consent_type == "succession":
        # VCSST 1978 arts. 17 and 23: bound from the succession; see the module docstring.
        bound_from = participation.succession_effective or participation.consented
        return max(bound_from, treaty_entry_into_force)
    # Art. 17(2): for a later deposit, the first day of the sixth month after the month of deposit.
    later_deposit_date = first_day_of_sixth_month_after(participation.consented)
    # Art. 17(1): deposits up to the threshold-th take effect with the treaty itself; their
    # Art. 17(2) date is never later than the treaty's, so the later of the two covers both.
    return max(later_deposit_date, treaty_entry_into_force)
