"""Every state that has taken a step under a treaty by a date, with the dates of its steps
as known then (the table of a treaty's page)."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from treatywatch.profiles.facts import ActionFact, Citation
from treatywatch.treaties import TreatyRecord
from treatywatch.treaties.standing import Standing, standing_on


@dataclass(frozen=True)
class ParticipantRow:
    iso3: str
    name: str
    standing: Standing
    sources: tuple[Citation, ...]


def participant_rows(
    record: TreatyRecord,
    actions: Mapping[str, Sequence[ActionFact]],
    names: Mapping[str, str],
    as_of: date,
) -> list[ParticipantRow]:
    """One row per state with an action dated on or before `as_of`, by name."""
    rows = []
    for iso3, state_actions in actions.items():
        known = [action for action in state_actions if action.date <= as_of]
        if known:
            sources = tuple(dict.fromkeys(action.source for action in known))
            rows.append(
                ParticipantRow(
                    iso3, names.get(iso3, iso3), standing_on(record, iso3, as_of), sources
                )
            )
    return sorted(rows, key=lambda row: row.name)
