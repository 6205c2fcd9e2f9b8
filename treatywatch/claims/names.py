"""State names in a text: exact names and aliases by phrase matching, near misses by rapidfuzz."""

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from treatywatch.claims.pipeline import nlp
from treatywatch.claims.snapshot import StateName

# A capitalised run this close to a name is that name misspelt or written without accents.
FUZZY_CUTOFF = 90


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets
    end: int
    iso3: str


class NameIndex:
    """Finds the states a text names, however it names them."""

    def __init__(self, states: dict[str, StateName]):
        self._by_name = {n: s.iso3 for s in states.values() for n in (s.name, *s.aliases)}
        # Case matters: "US" is a state, "us" is not.
        self._matcher = PhraseMatcher(nlp().vocab, attr="ORTH")
        for name, iso3 in self._by_name.items():
            self._matcher.add(iso3, [nlp().make_doc(name)])

    def mentions(self, doc: Doc | Span) -> list[Mention]:
        # On a Span, spaCy's matchers answer token indices into the whole Doc.
        spans = [
            Span(doc.doc, s, e, label=m)
            for m, s, e in self._matcher(doc)
            if not _part_of_a_region(doc.doc, s, e)
        ]
        found = [Mention(sp.start_char, sp.end_char, sp.label_) for sp in filter_spans(spans)]
        return sorted(found + self._near_misses(doc, found), key=lambda m: m.start)

    def resolve(self, name: str) -> str | None:
        """The ISO3 code of a name written any known way, or None."""
        if name in self._by_name:
            return self._by_name[name]
        best = process.extractOne(name, self._by_name, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self._by_name[best[0]] if best else None

    def _near_misses(self, doc, found: list[Mention]) -> list[Mention]:
        taken = {i for m in found for i in range(m.start, m.end)}
        return [
            Mention(start, end, iso3)
            for start, end, words in _capitalised_runs(doc)
            if start not in taken and (iso3 := self._fuzzy(words))
        ]

    def _fuzzy(self, words: str) -> str | None:
        if len(words) < 6:
            return None  # short words match too much
        best = process.extractOne(
            words, self._by_name, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        return self._by_name[best[0]] if best else None


# Two or more capitalised words, "of" or "d'" allowed between them: "Cote d'Ivoire".
_RUN = re.compile(
    r"\b[A-Z][a-z\u00e0-\u00ff'’-]+(?:\s+(?:(?:of|d'|d’)\s+)?[A-Z][a-z\u00e0-\u00ff'’-]+)+"
)


# "America" names the United States, but not in "Latin America" or "South America".
_REGION_WORDS = {"Latin", "South", "North", "Central"}


def _part_of_a_region(doc: Doc, start: int, end: int) -> bool:
    return (
        end - start == 1
        and doc[start].text == "America"
        and start > 0
        and doc[start - 1].text in _REGION_WORDS
    )


def _capitalised_runs(doc):
    """Read in the text itself: walking the tokens costs a Python object per word."""
    offset = doc.start_char if isinstance(doc, Span) else 0
    for run in _RUN.finditer(doc.text):
        yield offset + run.start(), offset + run.end(), run.group()
