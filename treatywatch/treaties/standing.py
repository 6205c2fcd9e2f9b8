"""Where one state stands under a treaty on a date, with the dates known by then."""

from dataclasses import dataclass
from datetime import date

from treatywatch.treaties import Status, TreatyRecord


@dataclass(frozen=True)
class Standing:
    iso3: str
    status: Status
    signed: date | None
    consented: date | None
    consent_type: str | None
    in_force_from: date | None
    withdrawal_notified: date | None
    withdrawal_effective: date | None


def standing_on(record: TreatyRecord, iso3: str, on: date) -> Standing:
    """The state's status on `on`, with only the actions taken by then. A date that follows
    from them (entry into force, effect of a withdrawal) is given even when it lies later."""
    status = record.status_on(iso3, on)
    participation = record.participation(iso3)
    if participation is None:
        return Standing(iso3, status, None, None, None, None, None, None)
    consented = _known(participation.consented, on)
    notified = _known(participation.withdrawal_notified, on)
    return Standing(
        iso3=iso3,
        status=status,
        signed=_known(participation.signed, on),
        consented=consented,
        consent_type=participation.consent_type if consented else None,
        in_force_from=record.in_force_from(iso3) if consented else None,
        withdrawal_notified=notified,
        withdrawal_effective=record.withdrawal_effective(iso3) if notified else None,
    )


def _known(day: date | None, on: date) -> date | None:
    return day if day is not None and day <= on else None
