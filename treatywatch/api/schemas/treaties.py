import datetime

from ninja import Field, Schema


class TreatyOut(Schema):
    """A treaty as the engine knows it: its dates and the numbers its rules use."""

    code: str = Field(description="stable identifier: mbt or ccm")
    name: str
    short_name: str
    adopted: datetime.date
    opened_for_signature: datetime.date
    entry_into_force: datetime.date | None = Field(
        description="computed from the deposits (Art. 17(1))"
    )
    depositary_chapter: str = Field(description="chapter of the UN Treaty Collection")
    entry_into_force_article: str
    entry_into_force_threshold: int = Field(description="instruments needed for entry into force")
    stockpile_article: str
    stockpile_years: int = Field(description="years after entry into force for the state")
    stockpile_description: str
    clearance_article: str
    clearance_years: int
    clearance_description: str
    extendable_articles: list[str] = Field(
        description="articles whose deadlines meetings may extend"
    )
    report_article: str
    initial_report_days: int = Field(description="days after entry into force for the state")
    annual_report_due: str = Field(description="MM-DD: the day the annual report is due each year")
    withdrawal_article: str
    withdrawal_months: int = Field(description="months after the depositary receives the notice")
