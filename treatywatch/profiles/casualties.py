"""Casualties recorded in each year: one line a year, where sources differ both figures
with their footnotes, never added together."""

from itertools import groupby

from treatywatch.profiles.facts import FigureFact
from treatywatch.profiles.figures import quantity_words
from treatywatch.profiles.footnotes import Footnotes
from treatywatch.profiles.parts import Line


def casualty_lines(figures: list[FigureFact], notes: Footnotes) -> list[Line]:
    """A line per year, oldest first, from the casualty totals known by the profile's date."""
    counted = sorted((f for f in figures if f.measure == "casualties" and not f.item), key=_year)
    return [_year_line(year, list(rows), notes) for year, rows in groupby(counted, key=_year)]


def _year(figure: FigureFact) -> str:
    return figure.as_of[:4]


def _year_line(year: str, rows: list[FigureFact], notes: Footnotes) -> Line:
    ordered = sorted(rows, key=lambda f: f.quantity)
    quantities = list(dict.fromkeys(quantity_words(f.quantity, f.approximate) for f in ordered))
    if len(quantities) == 1:
        text = f"{quantities[0]} casualties of mines and explosive remnants of war recorded."
    else:
        text = f"{' or '.join(quantities)} casualties recorded: the sources differ."
    return Line(text, notes.cite(f.source for f in rows), year, year, "casualties")
