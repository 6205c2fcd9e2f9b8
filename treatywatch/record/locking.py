"""One writer at a time: loads and approvals take this lock inside their transaction, so
two of them never both pass the "has the record changed?" check and then both write."""

from django.db import IntegrityError, transaction

from treatywatch.record.models import RecordLock


def lock_record() -> None:
    """Block until no other transaction holds the lock. On PostgreSQL the UPDATE locks the
    row until commit; SQLite serialises writers itself, and this write starts the queue."""
    if RecordLock.objects.filter(pk=1).update(taken=True):
        return
    try:
        with transaction.atomic():
            RecordLock.objects.create(pk=1, taken=True)
    except IntegrityError:
        # Another writer created the row first: wait for its lock like everyone else.
        RecordLock.objects.filter(pk=1).update(taken=True)
