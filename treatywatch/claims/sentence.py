"""A sentence of the text being checked, and a claim made from a stretch of it."""

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from treatywatch.claims.claim import Claim
from treatywatch.claims.names import Mention
from treatywatch.claims.treaties import treaty_of


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of the sentence in the whole text
    tokens: Span
    mentions: tuple[Mention, ...]  # the states it names, in order
    treaty: str  # the treaty it speaks of (the text's, when it does not say)
    earlier: tuple[Mention, ...] = ()  # the states named before it in the text
    on: date | None = None  # the document's date: what "today" in it means

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def at(self, start: int, end: int) -> str:
        """The words between two offsets of the whole text."""
        return self.text[start - self.start : end - self.start]

    def claim(self, start: int, end: int, kind: str, subject: str, value, **more) -> Claim:
        # "Cuba is a State Party to the Convention on Cluster Munitions, ... as the Mine Ban
        # Treaty": the treaty the claim's own words name, else the sentence's.
        more.setdefault("treaty", treaty_of(self.at(start, min(self.end, end + 60)), self.treaty))
        return Claim(
            start, end, self.at(start, end), self.text, kind, subject=subject, value=value, **more
        )

    def last_state_before(self, offset: int) -> Mention | None:
        """The state named last before an offset: in the sentence, else earlier in the text."""
        before = [m for m in self.mentions if m.end <= offset]
        return (before or list(self.earlier) or [None])[-1]
