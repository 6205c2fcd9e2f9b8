"""Numbered footnotes: one number per source, numbered in order of first citation."""

from collections.abc import Iterable
from dataclasses import dataclass

from treatywatch.dataset.partial_date import PartialDate
from treatywatch.profiles.date_words import publication_date_words
from treatywatch.profiles.facts import Citation


@dataclass(frozen=True)
class Footnote:
    number: int
    citation: Citation

    @property
    def text(self) -> str:
        """The citation before its URL, which a page shows as a link; then `ending`."""
        return citation_lead(self.citation)

    @property
    def url(self) -> str:
        """The URL if it is a web address; anything else is left out rather than linked."""
        url = self.citation.url
        return url if url.startswith(("https://", "http://")) else ""

    @property
    def retrieved_from(self) -> str:
        """Where the copy that was read is, when it was a mirror or archive: said after the URL."""
        url = self.citation.retrieved_from
        return url if url.startswith(("https://", "http://")) else ""

    @property
    def ending(self) -> str:
        """The full stop that closes the citation, unless "n.d." already closes it."""
        return "" if not self.url and self.text.endswith(".") else "."


class Cited(tuple[int, ...]):
    """Footnote numbers, knowing which of them are cited here for the first time: the mark a
    footnote's back-link returns to. A page may show the same line twice; only its first
    showing is that mark (`take_first`)."""

    first: frozenset[int]

    def __new__(cls, numbers: Iterable[int], first: frozenset[int] = frozenset()):
        cited = super().__new__(cls, numbers)
        cited.first = first
        return cited

    def take_first(self) -> frozenset[int]:
        """The numbers first cited here, once: empty when asked again."""
        first, self.first = self.first, frozenset()
        return first


class Footnotes:
    """Gives each source cited a number, the first cited getting 1."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._notes: list[Footnote] = []

    def cite(self, citations: Iterable[Citation | None]) -> "Cited":
        """The numbers of these sources, in the order given, without repeats; None is skipped."""
        known = len(self._notes)
        numbers = [self._number(citation) for citation in citations if citation is not None]
        return Cited(dict.fromkeys(numbers), first=frozenset(n for n in numbers if n > known))

    @property
    def notes(self) -> tuple[Footnote, ...]:
        return tuple(self._notes)

    def _number(self, citation: Citation) -> int:
        if citation.id not in self._numbers:
            self._numbers[citation.id] = len(self._notes) + 1
            self._notes.append(Footnote(len(self._notes) + 1, citation))
        return self._numbers[citation.id]


def newest_publication(notes: Iterable[Footnote]) -> str:
    """The latest publication date among the sources cited, as a partial date ("" if none
    is dated): what a view of a past day can say about how recent its sources are."""
    dated = [note.citation.published for note in notes if note.citation.published]
    return max(dated, key=lambda text: (PartialDate.parse(text).last_day, text), default="")


def citation_lead(citation: Citation) -> str:
    """Author, “Title”, publisher, date: the citation before its URL."""
    parts = [citation.author, f"“{citation.title}”", citation.publisher]
    if not citation.author:
        # Publisher first when there is no author, as a corporate author is cited.
        parts = [citation.publisher, f"“{citation.title}”"]
    parts.append(publication_date_words(citation.published))
    return ", ".join(part for part in parts if part)


def citation_text(citation: Citation) -> str:
    """The full citation as one line of text: author or publisher, “title”, date, URL."""
    note = Footnote(0, citation)
    url = f", {note.url}" if note.url else ""
    return f"{note.text}{url}{note.ending}"
