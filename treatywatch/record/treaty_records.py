"""The adapter between the database and the engine: a TreatyRecord built from the record."""

from collections import defaultdict

from treatywatch.record import models
from treatywatch.treaties import (
    ArmedConflict,
    Completion,
    Extension,
    Participation,
    TreatyRecord,
    get_treaty,
)


_built: dict[str, tuple[tuple, TreatyRecord]] = {}


def record_version() -> tuple:
    """Changes whenever a load changes the record: the newest update's id and time."""
    latest = models.RecordUpdate.objects.order_by("-id").values_list("id", "loaded_at").first()
    return latest or (0, None)


def treaty_record(code: str) -> TreatyRecord:
    """The engine's view of the record for treaty `code`, rebuilt only after the record changed."""
    version = record_version()
    cached = _built.get(code)
    if cached is None or cached[0] != version:
        cached = _built[code] = (version, build_treaty_record(code))
    return cached[1]


def build_treaty_record(code: str) -> TreatyRecord:
    """Every state's participation in the treaty `code`, ready for the engine's rules."""
    treaty = get_treaty(code)
    return TreatyRecord(
        treaty,
        _participations(code),
        states=models.State.objects.values_list("iso3", flat=True),
        conflicts=[ArmedConflict(c.state_id, c.start_date, c.end_date) for c in models.ArmedConflict.objects.all()],
        extensions=[
            Extension(e.state_id, e.article, e.granted_on, e.new_deadline)
            for e in models.Extension.objects.filter(treaty=code)
        ],
        completions=[
            Completion(c.state_id, c.obligation, c.period, c.completed_on)
            for c in models.Compliance.objects.filter(treaty=code)
        ],
    )


def _participations(code: str) -> list[Participation]:
    actions = defaultdict(dict)
    for action in models.TreatyAction.objects.filter(treaty=code):
        actions[action.state_id][action.action] = action
    return [_participation(iso3, by_kind) for iso3, by_kind in actions.items()]


def _participation(iso3: str, by_kind: dict) -> Participation:
    signature, consent, notice = (by_kind.get(k) for k in ("signature", "consent", "withdrawal_notice"))
    return Participation(
        iso3,
        signed=signature.date if signature else None,
        consented=consent.date if consent else None,
        consent_type=consent.consent_type if consent else None,
        succession_effective=consent.effective_date if consent and consent.consent_type == "succession" else None,
        withdrawal_notified=notice.date if notice else None,
    )
