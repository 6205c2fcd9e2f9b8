"""State names in a text: exact names and aliases by phrase matching, near misses by rapidfuzz."""

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
        spans = [Span(doc.doc, s, e, label=m) for m, s, e in self._matcher(doc)]
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


def _capitalised_runs(doc):
    run: list = []
    for token in [*doc, None]:
        if token is not None and (token.is_title or (run and token.lower_ in ("of", "d'"))):
            run.append(token)
            continue
        while run and not run[-1].is_title:
            run.pop()
        if len(run) >= 2:
            yield run[0].idx, run[-1].idx + len(run[-1]), " ".join(t.text for t in run)
        run = []
