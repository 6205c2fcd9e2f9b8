"""What a path names, found in the record, or a 404 that says what would work."""

from treatywatch.api.errors import NotFound
from treatywatch.api.schemas.states import STATE_FIELDS
from treatywatch.record.models import Source, State


def state_row(iso3: str) -> dict:
    """The state's own fields, in one query."""
    row = State.objects.filter(iso3=iso3).values(*STATE_FIELDS).first()
    if row is None:
        raise NotFound(
            f"iso3: there is no state '{iso3}' in the record; give the ISO 3166-1 alpha-3 code "
            "of a state, e.g. USA (GET /api/v1/states lists them)",
            "iso3",
        )
    return row


def source(source_id: str) -> Source:
    found = Source.objects.filter(id=source_id).first()
    if found is None:
        raise NotFound(
            f"source_id: there is no source '{source_id}' (GET /api/v1/sources lists them)",
            "source_id",
        )
    return found
