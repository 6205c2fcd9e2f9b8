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
    more: tuple[Citation, ...] = ()

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
    def others(self) -> tuple["Footnote", ...]:
        """The further sources of a note that cites several together, each as a note."""
        return tuple(Footnote(self.number, citation) for citation in self.more)

    @property
    def ending(self) -> str:
        """The full stop that closes the citation, unless "n.d." already closes it."""
        return "" if not self.url and self.text.endswith(".") else "."


class Footnotes:
    """Gives each source cited a number, the first cited getting 1."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._notes: list[Footnote] = []

    def cite(self, citations: Iterable[Citation | None]) -> tuple[int, ...]:
        """The numbers of these sources, in the order given, without repeats; None is skipped."""
        numbers = [self._number(citation) for citation in citations if citation is not None]
        return tuple(dict.fromkeys(numbers))

    def cite_together(self, citations: Iterable[Citation | None]) -> tuple[int, ...]:
        """One number for all these sources (a run of votes, one roll call a year): a note
        that lists them all, rather than a number each."""
        found = list({c.id: c for c in citations if c is not None}.values())
        if len(found) < 2:
            return self.cite(found)
        key = "+".join(citation.id for citation in found)
        if key not in self._numbers:
            self._numbers[key] = len(self._notes) + 1
            self._notes.append(Footnote(len(self._notes) + 1, found[0], tuple(found[1:])))
        return (self._numbers[key],)

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
    cited = [c for note in notes for c in (note.citation, *note.more)]
    dated = [citation.published for citation in cited if citation.published]
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
