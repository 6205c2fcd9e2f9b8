"""Which state of the record a UN name means. The depositary writes the UN's official short
names ("Bolivia (Plurinational State of)", "Türkiye"), which the record's own names often
are not; `data/un_names.csv` lists them, and the record's names are matched as well."""

import csv
import unicodedata
from functools import cache
from pathlib import Path

UN_NAMES_FILE = Path(__file__).resolve().parent / "data" / "un_names.csv"


def iso3_by_name(record_names: dict[str, str]) -> dict[str, str]:
    """Folded name -> ISO code, for the UN's names and the record's (`record_names`:
    ISO code -> name), limited to states the record holds."""
    names = {folded(name): iso3 for iso3, name in record_names.items()}
    names.update((folded(name), iso3) for name, iso3 in _un_names() if iso3 in record_names)
    return names


def folded(name: str) -> str:
    """A name compared without case, accents' encoding, curly quotes or extra spaces."""
    text = unicodedata.normalize("NFC", name).replace("\u2019", "'")
    return " ".join(text.casefold().split())


@cache
def _un_names() -> tuple[tuple[str, str], ...]:
    # Read on first use, never at import time.
    with UN_NAMES_FILE.open(newline="", encoding="utf-8") as handle:
        return tuple((row["un_name"], row["iso3"]) for row in csv.DictReader(handle))
