"""Full-text search on PostgreSQL: the tsvector column search_document.vector and its GIN
index (migration 0001). The query is built from the reader's words only, so tsquery syntax
typed into the search box is never parsed; unlike websearch_to_tsquery, it allows the last
word to match as a prefix, as FTS5 does on SQLite. A state whose name the words match comes
first, before a press release or a source that names it too: bm25 gives that on SQLite by
weighing length, ts_rank does not."""

from django.db import connection

from treatywatch.search.filters import Filters
from treatywatch.search.hits import MATCH_END, MATCH_START
from treatywatch.search.query import Query

_REFRESH = """
    UPDATE search_document
    SET vector = setweight(to_tsvector('treatywatch_english', title), 'A') || setweight(to_tsvector('treatywatch_english', body), 'B')
"""
_FIND = """
    SELECT kind, title, url, ts_headline('treatywatch_english', body, query, %s)
    FROM search_document, to_tsquery('treatywatch_english', %s) AS query
    WHERE vector @@ query{filters}
    ORDER BY (kind = 'state' AND to_tsvector('treatywatch_english', title) @@ query) DESC,
        ts_rank(vector, query) DESC, id
    LIMIT %s
"""
_HEADLINE = f"StartSel={MATCH_START}, StopSel={MATCH_END}, MinWords=12, MaxWords=30, ShortWord=2"


def lock() -> None:
    """Two rebuilds at once would each keep the rows the other inserted: take turns."""
    with connection.cursor() as cursor:
        cursor.execute("LOCK TABLE search_document IN EXCLUSIVE MODE")


def refresh() -> None:
    with connection.cursor() as cursor:
        cursor.execute(_REFRESH)


def find(query: Query, limit: int, filters: Filters) -> list[tuple]:
    """(kind, title, url, marked snippet) of the best matches within `filters`."""
    where, params = filters.sql("search_document")
    with connection.cursor() as cursor:
        cursor.execute(
            _FIND.format(filters=where), [_HEADLINE, tsquery_text(query), *params, limit]
        )
        return cursor.fetchall()


def tsquery_text(query: Query) -> str:
    """The query in to_tsquery syntax: words in a phrase follow each other (<->), phrases all match (&)."""
    terms = [" <-> ".join(words) for words in query.phrases]
    if query.prefix:
        terms[-1] += ":*"
    return " & ".join(f"({term})" for term in terms)
