"""The checker's own sourced reference files (treatywatch/claims/data/), read on demand; the
states' other names are shared with the site and live in treatywatch/profiles/aliases.py."""

import csv
from datetime import date
from importlib import resources

from treatywatch.claims.snapshot import Membership


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("treatywatch.claims").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def group_rows() -> list[dict[str, str]]:
    return _rows("groups.csv")


def memberships() -> tuple[Membership, ...]:
    return tuple(
        Membership(
            row["group"],
            row["iso3"],
            date.fromisoformat(row["joined"]),
            date.fromisoformat(row["left"]) if row["left"] else None,
            row["source_url"],
        )
        for row in group_rows()
    )
