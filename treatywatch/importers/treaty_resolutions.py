"""Which General Assembly resolutions support the Mine Ban Treaty or the Convention on
Cluster Munitions: those in the maintained list `data/unga_symbols.csv` (the early ones,
adopted under "General and complete disarmament", have no telling title), and any whose
title names the treaty, as every one since 2002 does. Every other resolution is ignored,
"Assistance in mine action" among them."""

import csv
import re
from functools import cache
from pathlib import Path

SYMBOLS_FILE = Path(__file__).resolve().parent / "data" / "unga_symbols.csv"
_TITLES = {
    "mbt": "prohibition of the use, stockpiling, production and transfer of anti-personnel mines",
    "ccm": "convention on cluster munitions",
}


def treaty_of(symbol: str, title: str) -> str | None:
    """'mbt', 'ccm', or None for a resolution on another subject."""
    listed = _listed().get(symbol_key(symbol))
    if listed:
        return listed
    words = _words(title)
    return next((treaty for treaty, named in _TITLES.items() if named in words), None)


def symbol_key(symbol: str) -> str:
    """A symbol as compared: the UN Digital Library writes A/RES/51/45S and A/RES/55/33[V]
    where the record writes A/RES/51/45 S and A/RES/55/33 V."""
    return re.sub(r"[\s\[\]]", "", symbol).upper()


def _words(title: str) -> str:
    return " ".join(title.casefold().replace("antipersonnel", "anti-personnel").split())


@cache
def _listed() -> dict[str, str]:
    # Read on first use, never at import time.
    with SYMBOLS_FILE.open(newline="", encoding="utf-8") as handle:
        return {symbol_key(row["symbol"]): row["treaty"] for row in csv.DictReader(handle)}
