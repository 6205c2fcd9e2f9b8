"""One search result, ready for a template: the snippet comes as plain text parts, some
marked as matching, so the template escapes the record's text and adds the <mark> itself."""

from dataclasses import dataclass

# The databases wrap each match in these private-use characters, never found in the record's
# text (documents.py removes them), so no markup is ever built from the record's own text.
MATCH_START, MATCH_END = "\ue000", "\ue001"
KIND_LABELS = {
    "state": "Country",
    "event": "Event",
    "source": "Source",
    "report": "Annual report",
    "publication": "Publication",
    "campaign": "Campaign",
}


@dataclass(frozen=True)
class SnippetPart:
    text: str
    matched: bool


@dataclass(frozen=True)
class Hit:
    kind: str  # state, event, source or report
    title: str
    snippet: tuple[SnippetPart, ...]
    url: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def snippet_parts(marked_text: str) -> tuple[SnippetPart, ...]:
    """Split text with MATCH_START/MATCH_END markers into plain and matched parts."""
    first, *marked = marked_text.split(MATCH_START)
    parts = [SnippetPart(first, False)]
    for piece in marked:
        matched, _, rest = piece.partition(MATCH_END)
        parts += [SnippetPart(matched, True), SnippetPart(rest, False)]
    return tuple(part for part in parts if part.text)
