"""Full-text search on SQLite: the FTS5 table search_document_fts (migration 0001)."""

from django.db import connection

from treatywatch.search.filters import Filters
from treatywatch.search.hits import MATCH_END, MATCH_START
from treatywatch.search.query import Query

# A state whose name the words match comes first, as on PostgreSQL (postgres_index.py): a
# long source named after the state can outweigh its short profile in bm25. Then title
# matches weigh more than body matches (bm25 column weights, in column order).
_FIND = """
    SELECT d.kind, d.title, d.url, snippet(search_document_fts, 1, %s, %s, '…', 24)
    FROM search_document_fts JOIN search_document d ON d.id = search_document_fts.rowid
    WHERE search_document_fts MATCH %s{filters}
    ORDER BY (d.kind = 'state' AND d.id IN (
            SELECT rowid FROM search_document_fts WHERE search_document_fts MATCH %s
        )) DESC,
        bm25(search_document_fts, 5.0, 1.0), d.id
    LIMIT %s
"""


def lock() -> None:
    """Nothing to do: SQLite lets one writer at a time rebuild the index."""


def refresh() -> None:
    """Re-read every document into the index (after search_document was rewritten)."""
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO search_document_fts(search_document_fts) VALUES ('rebuild')")


def find(query: Query, limit: int, filters: Filters) -> list[tuple]:
    """(kind, title, url, marked snippet) of the best matches within `filters`."""
    where, params = filters.sql("d")
    words = match_expression(query)
    with connection.cursor() as cursor:
        cursor.execute(
            _FIND.format(filters=where),
            [MATCH_START, MATCH_END, words, *params, f"title : ({words})", limit],
        )
        return cursor.fetchall()


def match_expression(query: Query) -> str:
    """The query in FTS5 syntax: each phrase quoted (words hold only letters and digits)."""
    terms = [f'"{" ".join(words)}"' for words in query.phrases]
    if query.prefix:
        terms[-1] += "*"
    return " ".join(terms)
