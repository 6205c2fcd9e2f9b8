"""Art. 20 of both treaties: when a withdrawal takes effect.

Art. 20(2): six months after the depositary receives the instrument of withdrawal.
Art. 20(3): if on the expiry of those six months the withdrawing state is engaged in
an armed conflict, the withdrawal does not take effect before the end of the conflict.

Choices the treaty text leaves open, made here:
- A conflict's `end` is the last day the state is engaged in it, so the withdrawal
  takes effect on the day after the end date.
- Only conflicts going on at the expiry count ("on the expiry of that six-month
  period"); one that starts later does not hold the withdrawal back. If several are
  going on then, the withdrawal waits for the last of them to end.
- Filtering conflicts by state is the caller's job (the function is not told which
  state is withdrawing). `TreatyRecord` does it. Conflicts of several states given
  together are refused, since that can only be a caller's mistake.
"""

from collections.abc import Sequence
from datetime import date, timedelta

from treatywatch.treaties.calendar import add_months
from treatywatch.treaties.facts import ArmedConflict
from treatywatch.treaties.treaty import Treaty

__all__ = ["withdrawal_period_ends", "withdrawal_takes_effect"]


def withdrawal_period_ends(treaty: Treaty, notified: date) -> date:
    """The day the notice period expires; the withdrawal's effect date absent a conflict."""
    # Art. 20(2): six months after the receipt of the instrument of withdrawal by the depositary.
    return add_months(notified, treaty.withdrawal_months)


def withdrawal_takes_effect(
    treaty: Treaty, notified: date, conflicts: Sequence[ArmedConflict]
) -> date | None:
    """The day a withdrawal takes effect; None while a conflict holding it back goes on.

    `conflicts` must all concern the withdrawing state.
    """
    _check_one_state(conflicts)
    expiry = withdrawal_period_ends(treaty, notified)
    # Art. 20(3): engaged in an armed conflict on the expiry of the six-month period.
    holding_back = [c for c in conflicts if c.is_going_on(expiry)]
    if not holding_back:
        return expiry
    # Art. 20(3): not before the end of the armed conflict; unknown while it goes on.
    if any(c.end is None for c in holding_back):
        return None
    return max(c.end for c in holding_back) + timedelta(days=1)


def _check_one_state(conflicts: Sequence[ArmedConflict]) -> None:
    states = {c.iso3 for c in conflicts}
    if len(states) > 1:
        raise ValueError(
            f"Conflicts of several states given ({', '.join(sorted(states))}); "
            "pass only the withdrawing state's conflicts."
        )
