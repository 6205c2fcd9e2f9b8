"""The search interface: `search(text, limit)` for the site, `rebuild_index()` for the loader.
The documents table is the same on every database; the index over it is SQLite's FTS5 or
PostgreSQL's full-text search."""

from django.db import connection, transaction

from treatywatch.search import postgres_index, sqlite_index
from treatywatch.search.documents import record_documents
from treatywatch.search.hits import Hit, snippet_parts
from treatywatch.search.models import Document
from treatywatch.search.query import parse_query


def search(text: str, limit: int = 50) -> list[Hit]:
    """The best matches for what a reader typed; [] when it holds no word.
    QueryTooLong (a ValueError) when it is longer than query.MAX_LENGTH."""
    query = parse_query(text)
    if query.is_empty:
        return []
    ensure_index()
    rows = _backend().find(query, limit)
    return [Hit(kind, title, snippet_parts(snippet), url) for kind, title, url, snippet in rows]


def rebuild_index() -> int:
    """Rewrite the index from the record; the number of documents. Call it in the load's
    transaction, after the record is synchronised, so search never lags the record."""
    with transaction.atomic():
        _backend().lock()
        Document.objects.all().delete()
        count = len(Document.objects.bulk_create(record_documents(), batch_size=500))
        _backend().refresh()
    return count


def ensure_index() -> None:
    # Until every load rebuilds the index, build it on first use.
    if not Document.objects.exists():
        rebuild_index()


def _backend():
    return postgres_index if connection.vendor == "postgresql" else sqlite_index
