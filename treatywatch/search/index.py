"""The search interface: `find(text, limit, filters)` for the site (typo-tolerant),
`search(text, limit, filters)` for the words as typed, `rebuild_index()` for the loader.
The documents table is the same on every database; the index over it is SQLite's FTS5 or
PostgreSQL's full-text search."""

from dataclasses import dataclass
from functools import lru_cache

from django.db import connection, transaction
from django.db.models import Max

from treatywatch.search import postgres_index, spelling, sqlite_index
from treatywatch.search.documents import record_documents
from treatywatch.search.filters import NO_FILTERS, Filters
from treatywatch.search.hits import Hit, SnippetPart, snippet_parts
from treatywatch.search.models import Document
from treatywatch.search.query import Query, parse_query

# Without words, a filtered list shows the start of each document's text.
UNMARKED_SNIPPET_WORDS = 30


@dataclass(frozen=True)
class Found:
    hits: list[Hit]
    # The words searched instead of those typed, which found nothing ("ukraine" for "ukriane").
    corrected: str | None = None


def search(text: str, limit: int = 50, filters: Filters = NO_FILTERS) -> list[Hit]:
    """The best matches for what a reader typed, within `filters`; [] when it holds no word.
    QueryTooLong (a ValueError) when it is longer than query.MAX_LENGTH."""
    query = parse_query(text)
    if query.is_empty:
        return []
    ensure_index()
    return _hits(_backend().find(query, limit, filters))


def find(text: str, limit: int = 50, filters: Filters = NO_FILTERS) -> Found:
    """`search`, tolerant of typos: words that find nothing are corrected to the closest
    words of the record; no words but filters lists what the filters hold."""
    query = parse_query(text)
    if query.is_empty:
        return Found(_filtered(filters, limit) if not filters.is_empty else [])
    hits = search(text, limit, filters)
    better = None if hits else spelling.corrected(query, _known_words(_index_version()))
    if better is None:
        return Found(hits)
    return Found(_hits(_backend().find(better, limit, filters)), _words(better))


def indexed_years() -> list[int]:
    """The years the filter can choose from, latest first."""
    ensure_index()
    years = Document.objects.exclude(year=None).values_list("year", flat=True).distinct()
    return sorted(years, reverse=True)


def _hits(rows) -> list[Hit]:
    return [Hit(kind, title, snippet_parts(snippet), url) for kind, title, url, snippet in rows]


def _filtered(filters: Filters, limit: int) -> list[Hit]:
    ensure_index()
    rows = Document.objects.filter(**filters.fields())
    return [
        Hit(d.kind, d.title, (SnippetPart(_start(d.body), False),), d.url)
        for d in rows.order_by("-year", "id")[:limit]
    ]


def _start(body: str) -> str:
    words = body.split()
    cut = words[:UNMARKED_SNIPPET_WORDS]
    return " ".join(cut) + (" …" if len(words) > len(cut) else "")


def _words(query: Query) -> str:
    return " ".join(
        f'"{" ".join(words)}"' if len(words) > 1 else words[0] for words in query.phrases
    )


def _index_version() -> int:
    # Every rebuild writes new ids: the highest tells one index from the next.
    return Document.objects.aggregate(newest=Max("id"))["newest"] or 0


@lru_cache(maxsize=1)
def _known_words(version: int) -> dict[str, int]:
    texts = Document.objects.values_list("title", "body").iterator()
    return dict(spelling.words_of(f"{title} {body}" for title, body in texts))


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
