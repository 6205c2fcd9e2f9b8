"""What a reader typed, reduced to words the database can only read as words: no operator,
quote, wildcard or NUL byte from the search box ever reaches FTS5 or tsquery syntax.

Every word must match; words inside double quotes must match as a phrase; the last word
typed also matches the start of a longer word ("ukr" finds Ukraine)."""

import re
from dataclasses import dataclass

MAX_LENGTH = 200
# Letters and digits only: the underscore and all punctuation separate words.
_WORD = re.compile(r"[^\W_]+")
_PHRASE_OR_WORD = re.compile(r'"([^"]*)"|([^"\s]+)')


class QueryTooLong(ValueError):
    def __init__(self, length: int):
        super().__init__(
            f"q: the search is {length} characters long; shorten it to {MAX_LENGTH} characters at most"
        )


@dataclass(frozen=True)
class Query:
    phrases: tuple[tuple[str, ...], ...]  # each a run of words that must appear together
    prefix: bool  # the last phrase is one word that may begin a longer word

    @property
    def is_empty(self) -> bool:
        return not self.phrases


def parse_query(text: str) -> Query:
    """The words of `text`; QueryTooLong beyond MAX_LENGTH characters."""
    if len(text) > MAX_LENGTH:
        raise QueryTooLong(len(text))
    phrases, prefix = [], False
    for match in _PHRASE_OR_WORD.finditer(text.replace("\x00", " ")):
        quoted, bare = match.groups()
        words = tuple(
            word.lower() for word in _WORD.findall(quoted if quoted is not None else bare)
        )
        if words:
            phrases.append(words)
            prefix = quoted is None and len(words) == 1
    return Query(tuple(phrases), prefix)
