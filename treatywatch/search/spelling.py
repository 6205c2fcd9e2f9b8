"""Typo tolerance: when the words typed find nothing, each word the record never uses is
replaced by the closest word it does use ("ukriane" -> "ukraine", "stockpille" ->
"stockpile"), if one is close enough. Pure: the record's words are given, with how often
each occurs; rapidfuzz scores the near misses."""

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process

from treatywatch.search.query import Query

# Shorter words have too many neighbours to guess from ("mine" is one letter from "mind").
SHORTEST_CORRECTED = 5
# fuzz.ratio: a swapped pair of letters in a 7-letter word scores 86, two slips in 6 scores 67.
CLOSE_ENOUGH = 75
_WORD = re.compile(r"[^\W_]+")


def words_of(texts: Iterable[str]) -> Counter:
    """Every word in `texts`, lower case, without accents, with how often it occurs."""
    counted: Counter = Counter()
    for text in texts:
        counted.update(_WORD.findall(_plain(text)))
    return counted


def corrected(query: Query, known: Mapping[str, int]) -> Query | None:
    """`query` with its unknown words replaced by the closest known ones; None if no word
    changed."""
    last = len(query.phrases) - 1
    phrases = tuple(
        tuple(
            _closest(word, known, query.prefix and (i, j) == (last, len(words) - 1))
            for j, word in enumerate(words)
        )
        for i, words in enumerate(query.phrases)
    )
    return Query(phrases, query.prefix) if phrases != query.phrases else None


def _closest(word: str, known: Mapping[str, int], prefix: bool) -> str:
    plain = _plain(word)
    if len(plain) < SHORTEST_CORRECTED or plain in known:
        return word
    if prefix and any(other.startswith(plain) for other in known):
        return word
    near = process.extract(
        plain, list(known), scorer=fuzz.ratio, score_cutoff=CLOSE_ENOUGH, limit=5
    )
    # The best score; among equals, the word the record uses most.
    best = max(near, key=lambda match: (match[1], known[match[0]]), default=None)
    return best[0] if best else word


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
