"""The adapter between the database and the engine: a TreatyRecord built from the record."""

from collections import defaultdict

from treatywatch.record import models
from treatywatch.treaties import (
    ArmedConflict,
    Extension,
    Finding,
    Participation,
    TreatyRecord,
    get_treaty,
)

_built: dict[str, tuple[tuple, TreatyRecord]] = {}


def record_version() -> tuple:
    """Changes whenever a change to the record is published: the newest revision's id and time."""
    latest = models.Revision.objects.order_by("-id").values_list("id", "published_at").first()
    return latest or (0, None)


def treaty_record(code: str) -> TreatyRecord:
    """The engine's view of the record for treaty `code`, rebuilt only after the record changed."""
    version = record_version()
    cached = _built.get(code)
    if cached is None or cached[0] != version:
        cached = _built[code] = (version, build_treaty_record(code))
    return cached[1]


def build_treaty_record(code: str) -> TreatyRecord:
    """Every state's participation in the treaty `code`, ready for the engine's rules. Rows
    are read as named tuples of the fields the engine takes: a model object per compliance
    finding cost twice the rest of the work at 100x today's record."""
    actions = models.TreatyAction.objects.filter(treaty=code)
    extensions = models.Extension.objects.filter(treaty=code)
    completions = models.Compliance.objects.filter(treaty=code)
    return treaty_record_of(
        code,
        states=_rows(models.State.objects.all(), "iso3", "exists_from_end"),
        actions=_rows(actions, "action", "date", "consent_type", "effective_date"),
        conflicts=_rows(models.ArmedConflict.objects.all(), "start_date", "end_date"),
        extensions=_rows(
            extensions,
            "article",
            "granted_on",
            "new_deadline_end",
            "meeting_id",
            "source_id",
            "new_deadline_start",
        ),
        completions=_rows(
            completions, "obligation", "finding", "period", "date_start", "date_end", "source_id"
        ),
    )


def _rows(queryset, *fields: str):
    """The rows as named tuples of these fields, and of the treaty and state where it has them."""
    names = {field.attname for field in queryset.model._meta.concrete_fields}
    common = [name for name in ("treaty", "state_id") if name in names]
    return queryset.values_list(*common, *fields, named=True)


def treaty_record_of(
    code: str, *, states, actions, conflicts, extensions, completions
) -> TreatyRecord:
    """The engine's record from rows of the record's models (saved or not, or named tuples of
    their fields) of treaty `code`."""
    states = list(states)
    return TreatyRecord(
        get_treaty(code),
        _participations(a for a in actions if a.treaty == code),
        states=[state.iso3 for state in states],
        conflicts=[ArmedConflict(c.state_id, c.start_date, c.end_date) for c in conflicts],
        extensions=[_extension(e) for e in extensions if e.treaty == code],
        findings=[_finding(c) for c in completions if c.treaty == code],
        existence={s.iso3: s.exists_from_end for s in states if s.exists_from_end},
    )


def _extension(row) -> Extension:
    return Extension(
        row.state_id,
        row.article,
        row.granted_on,
        row.new_deadline_end,
        row.meeting_id or "",
        row.source_id,
        row.new_deadline_start,
    )


def _finding(row) -> Finding:
    return Finding(
        row.state_id,
        row.obligation,
        row.finding,
        row.period,
        row.date_start,
        row.date_end,
        row.source_id,
    )


def _participations(actions) -> list[Participation]:
    by_state = defaultdict(dict)
    for action in actions:
        by_state[action.state_id][action.action] = action
    return [_participation(iso3, by_kind) for iso3, by_kind in by_state.items()]


def _participation(iso3: str, by_kind: dict) -> Participation:
    signature, consent, notice = (
        by_kind.get(k) for k in ("signature", "consent", "withdrawal_notice")
    )
    return Participation(
        iso3,
        signed=signature.date if signature else None,
        consented=consent.date if consent else None,
        consent_type=consent.consent_type if consent else None,
        succession_effective=consent.effective_date
        if consent and consent.consent_type == "succession"
        else None,
        withdrawal_notified=notice.date if notice else None,
    )
