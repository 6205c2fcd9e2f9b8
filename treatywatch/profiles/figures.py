"""Figures with a date: stockpiles by type, with a computed total, and stand-alone totals.

Items of one date are summed only when one source gives them all, so two sources'
counts of the same stockpile are never added together.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from treatywatch.dataset.partial_date import PartialDate
from treatywatch.profiles.facts import FigureFact

# measure: (table title, what one item is called, a figure in words)
MEASURES = {
    "apm_stockpile": (
        "Stockpile of antipersonnel mines",
        "Mine type",
        "antipersonnel mines stockpiled",
    ),
}


@dataclass(frozen=True)
class ItemTable:
    """One source's figures by item for one date, and their sum."""

    measure: str
    as_of: str
    rows: tuple[FigureFact, ...]

    @property
    def total(self) -> int:
        return sum(row.quantity for row in self.rows)

    @property
    def approximate(self) -> bool:
        return any(row.approximate for row in self.rows)


def figures_known_by(figures: Iterable[FigureFact], as_of: date) -> list[FigureFact]:
    """The figures referring to a period over by `as_of`, oldest first (a year before the
    days within it, as events are ordered)."""
    known = [figure for figure in figures if figure.as_of_end <= as_of]
    return sorted(
        known,
        key=lambda f: (PartialDate.parse(f.as_of).first_day, f.as_of_end, f.measure, -f.quantity),
    )


def item_tables(figures: Sequence[FigureFact]) -> list[ItemTable]:
    """The itemised figures grouped by (measure, date, source), largest item first."""
    itemised = sorted((f for f in figures if f.item), key=_table_key)
    return [
        ItemTable(measure, as_of, tuple(sorted(rows, key=lambda row: -row.quantity)))
        for (_, measure, as_of, _), rows in groupby(itemised, key=_table_key)
    ]


def totals(figures: Sequence[FigureFact]) -> list[FigureFact]:
    """The figures that count a whole measure, not an item within it."""
    return [figure for figure in figures if not figure.item]


def quantity_words(quantity: int, approximate: bool) -> str:
    """ "10,404,148"; a round or estimated figure is "about 3,000,000"."""
    return f"about {quantity:,}" if approximate else f"{quantity:,}"


def measure_title(measure: str) -> str:
    """ "Stockpile of antipersonnel mines": the title of a table of the measure's items."""
    return _measure(measure)[0]


def item_heading(measure: str) -> str:
    """ "Mine type": what one item of the measure is called."""
    return _measure(measure)[1]


def measure_words(measure: str) -> str:
    """ "antipersonnel mines stockpiled": what a quantity of the measure counts."""
    return _measure(measure)[2]


def _measure(measure: str) -> tuple[str, str, str]:
    plain = measure.replace("_", " ")
    return MEASURES.get(measure, (plain.capitalize(), "Item", plain))


def _table_key(figure: FigureFact) -> tuple:
    return (figure.as_of_end, figure.measure, figure.as_of, figure.source.id)
