"""What the engine needs to know about a treaty, as plain data.

Each treaty is one `Treaty` instance (see `mbt.py`, `ccm.py`); the rule functions in
`entry_into_force.py`, `withdrawal.py` and `obligations.py` read their numbers from it,
so adding a third treaty of the same shape means adding one more instance.
"""

from dataclasses import dataclass
from datetime import date

__all__ = ["Treaty"]


@dataclass(frozen=True)
class Treaty:
    """A treaty's identity, dates and the numbers its rules use."""

    code: str
    name: str
    short_name: str
    adopted: date
    opened_for_signature: date
    depositary_chapter: str
    entry_into_force_article: str
    entry_into_force_threshold: int
    stockpile_article: str
    stockpile_years: int
    stockpile_description: str
    clearance_article: str
    clearance_years: int
    clearance_description: str
    extendable_articles: tuple[str, ...]
    report_article: str
    initial_report_days: int
    annual_report_due: tuple[int, int]
    withdrawal_article: str
    withdrawal_months: int

    def __str__(self) -> str:
        return self.short_name

    def annual_report_due_in(self, year: int) -> date:
        """The day on which the annual transparency report is due in `year`."""
        month, day = self.annual_report_due
        return date(year, month, day)
