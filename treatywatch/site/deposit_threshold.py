"""A treaty's own entry into force as known on a date: how many instruments had been
deposited, and the day the deposits reached the threshold (Art. 17(1))."""

from dataclasses import dataclass
from datetime import date

from treatywatch.treaties import TreatyRecord


@dataclass(frozen=True)
class DepositThreshold:
    """`threshold_day` and `threshold_states`: when the threshold was reached and by whom
    (several states can deposit on the same day); None and () while it had not been."""

    deposits: int
    threshold: int
    threshold_day: date | None
    threshold_states: tuple[str, ...]
    in_force_from: date | None


def deposit_threshold_on(record: TreatyRecord, as_of: date) -> DepositThreshold:
    threshold = record.treaty.entry_into_force_threshold
    deposits = _counted_deposits(record, as_of)
    if len(deposits) < threshold:
        return DepositThreshold(len(deposits), threshold, None, (), None)
    day = deposits[threshold - 1][0]
    states = tuple(iso3 for deposited, iso3 in deposits if deposited == day)
    return DepositThreshold(len(deposits), threshold, day, states, record.entry_into_force)


def _counted_deposits(record: TreatyRecord, as_of: date) -> list[tuple[date, str]]:
    # Art. 17(1) counts instruments of ratification, acceptance, approval or accession;
    # a notification of succession is none of these (see treaties/entry_into_force.py).
    participations = (record.participation(iso3) for iso3 in record.states)
    return sorted(
        (p.consented, p.iso3)
        for p in participations
        if p and p.consented and p.consented <= as_of and p.consent_type != "succession"
    )
