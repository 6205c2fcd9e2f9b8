"""Other names of the states ("Burma", "Ivory Coast", "US"), each with its source, from
treatywatch/profiles/data/aliases.csv: read by the claim checker to find states in a text
and by the site's finder to go from a typed name to a profile."""

import csv
from functools import cache
from importlib import resources


@cache
def alias_rows() -> tuple[dict[str, str], ...]:
    text = (
        resources.files("treatywatch.profiles").joinpath("data", "aliases.csv").read_text("utf-8")
    )
    return tuple(csv.DictReader(text.splitlines()))


def aliases() -> dict[str, tuple[str, ...]]:
    """Each state's other names, by ISO3 code, in the file's order."""
    by_state: dict[str, list[str]] = {}
    for row in alias_rows():
        by_state.setdefault(row["iso3"], []).append(row["alias"])
    return {iso3: tuple(names) for iso3, names in by_state.items()}
