"""How many states stand where, counted the way the depositary and the Monitor count.

A "State Party" is a state whose consent is deposited and whose withdrawal has not
taken effect (Art. 20: a withdrawing state is a party until then); "in force" is the
narrower set of parties for which the treaty has entered into force.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

from treatywatch.treaties.status import Status

__all__ = ["Counts"]


@dataclass(frozen=True)
class Counts:
    """Numbers of states by standing on one day."""

    parties: int
    parties_in_force: int
    signed_not_party: int
    withdrawal_pending: int
    withdrawal_suspended: int
    withdrawn: int
    not_signed: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def of(cls, statuses: Iterable[Status]) -> "Counts":
        """Count an iterable of statuses, one per state."""
        return cls.from_tally(Counter(statuses))

    @classmethod
    def from_tally(cls, tally: Mapping[Status, int]) -> "Counts":
        """Counts from the number of states in each status."""
        pending = tally.get(Status.WITHDRAWAL_PENDING, 0)
        suspended = tally.get(Status.WITHDRAWAL_SUSPENDED, 0)
        in_force = tally.get(Status.PARTY_IN_FORCE, 0) + pending + suspended
        return cls(
            parties=tally.get(Status.PARTY, 0) + in_force,
            parties_in_force=in_force,
            signed_not_party=tally.get(Status.SIGNED, 0),
            withdrawal_pending=pending,
            withdrawal_suspended=suspended,
            withdrawn=tally.get(Status.WITHDRAWN, 0),
            not_signed=tally.get(Status.NOT_SIGNED, 0),
        )
