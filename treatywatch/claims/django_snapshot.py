"""The adapter: a Snapshot of the published record, rebuilt only after the record changed."""

from collections import defaultdict

from treatywatch.claims import reference
from treatywatch.claims.names import NameIndex
from treatywatch.claims.recorded_votes import RecordedVotes
from treatywatch.claims.snapshot import Event, Figure, Meeting, Resolution, Snapshot, StateName
from treatywatch.profiles.aliases import aliases as state_aliases
from treatywatch.record import models
from treatywatch.record.treaty_records import record_version, treaty_record

_built: dict[str, tuple] = {}


def snapshot_and_names() -> tuple[Snapshot, NameIndex]:
    version = record_version()
    if _built.get("version") != version:
        snapshot = build_snapshot()
        _built.update(version=version, value=(snapshot, NameIndex(snapshot.states)))
    return _built["value"]


def build_snapshot() -> Snapshot:
    return Snapshot(
        states=_states(),
        records={code: treaty_record(code) for code in ("mbt", "ccm")},
        meetings=tuple(_meeting(m) for m in models.Meeting.objects.all()),
        events=tuple(_event(e) for e in _event_rows()),
        memberships=reference.memberships(),
        action_sources=_action_sources(),
        resolutions=tuple(
            Resolution(*row)
            for row in models.Resolution.objects.values_list(
                "symbol", "treaty", "year", "adopted_on", "yes", "no", "abstain", "source_id"
            )
        ),
        votes=RecordedVotes(),
        figures=tuple(
            Figure(*row)
            for row in models.Figure.objects.values_list(
                "state_id", "as_of_end", "measure", "item", "quantity", "source_id"
            )
        ),
    )


def _states() -> dict[str, StateName]:
    aliases = state_aliases()
    return {
        s.iso3: StateName(s.iso3, s.name, aliases.get(s.iso3, ()), s.un_region, s.un_subregion)
        for s in models.State.objects.all()
    }


def _meeting(row) -> Meeting:
    return Meeting(
        row.code,
        row.treaty,
        row.kind,
        row.number,
        row.name,
        row.place,
        row.start_date,
        row.source_id,
    )


def _event_rows():
    # Named tuples of the fields used, not model objects: at 100x today's record a model
    # object per event cost more than building the rest of the snapshot.
    fields = ("id", "state_id", "date_start", "date_end", "category", "treaty", "text")
    return models.Event.objects.values_list(*fields, "source_id", named=True)


def _event(row) -> Event:
    return Event(
        row.id,
        row.state_id,
        row.date_start,
        row.date_end,
        row.category,
        row.treaty,
        row.text,
        row.source_id,
    )


def _action_sources() -> dict[tuple[str, str], tuple[str, ...]]:
    sources = defaultdict(set)
    for treaty, iso3, source in models.TreatyAction.objects.values_list(
        "treaty", "state_id", "source_id"
    ):
        sources[(treaty, iso3)].add(source)
    return {key: tuple(sorted(ids)) for key, ids in sources.items()}
