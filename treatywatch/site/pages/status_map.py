"""The world map of one treaty on a date: each state's colour and words, the legend, and a
description of the same numbers for screen readers."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from django.urls import reverse

from treatywatch.charts.world_map import MapArea, WorldMap, world_map
from treatywatch.profiles.date_words import day_words
from treatywatch.site.pages.country_table import STATUS_ORDER
from treatywatch.site.pages.state_summary import StateSummary
from treatywatch.treaties import Counts, Status, Treaty


@dataclass(frozen=True)
class LegendEntry:
    key: str
    label: str
    count: int


def status_map(
    treaty: Treaty,
    states: Iterable[StateSummary],
    statuses: Mapping[str, Status],
    on: date,
    link_suffix: str = "",
) -> WorldMap:
    """The map of `treaty` with every state coloured by its status on `on`, each linking to
    its profile (with `link_suffix`, the query that keeps the date browsed)."""
    areas = {
        s.iso_numeric: MapArea(
            s.name,
            statuses[s.iso3].value,
            statuses[s.iso3].label,
            reverse("site:country", args=[s.iso3.lower()]) + link_suffix,
        )
        for s in states
    }
    return world_map(
        areas,
        title=f"{treaty.short_name}: where every state stands on {day_words(on)}",
        description=_description(Counts.of(statuses.values())),
        id_prefix=f"map-{treaty.code}",
    )


def legend(statuses: Mapping[str, Status]) -> list[LegendEntry]:
    """The statuses that occur, with how many states have each, in the country list's order."""
    counted = [
        (status, sum(1 for s in statuses.values() if s is status)) for status in STATUS_ORDER
    ]
    return [LegendEntry(status.value, status.label, count) for status, count in counted if count]


def _description(counts: Counts) -> str:
    return (
        f"A world map coloured by status: {_many(counts.parties, 'State Party', 'States Parties')}, "
        f"{_many(counts.signed_not_party, 'signatory', 'signatories')} not party, "
        f"{_many(counts.withdrawn, 'state', 'states')} withdrawn and "
        f"{_many(counts.not_signed, 'state', 'states')} not signed. "
        "The table below the map gives every state's status."
    )


def _many(count: int, one: str, several: str) -> str:
    return f"{count} {one if count == 1 else several}"
