import datetime

from ninja import Field, Schema

from treatywatch.treaties import Status


class StandingOut(Schema):
    """Where a state stands under a treaty on a date. Dates hold only the actions taken by
    then; dates that follow from them (entry into force, effect of a withdrawal) are given
    even when they fall later."""

    status: Status
    status_label: str = Field(description="the status in plain English")
    signed: datetime.date | None
    consented: datetime.date | None = Field(description="deposit of the instrument of consent")
    consent_type: str | None
    in_force_from: datetime.date | None
    withdrawal_notified: datetime.date | None
    withdrawal_effective: datetime.date | None = Field(
        description="null while an armed conflict holds it back (Art. 20(3))"
    )

    @staticmethod
    def resolve_status_label(standing) -> str:
        return standing.status.label


class StatusChangeOut(Schema):
    date: datetime.date
    status: Status
