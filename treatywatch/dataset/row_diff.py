"""What a change does to a row of a dataset file, in a form a reviewer (editorial/) and a
reader of a profile's history (site/) can read: field by field, and word by word inside
long text. Pure Python; the templates escape every piece."""

import difflib
import re
from dataclasses import dataclass

_WORDS = re.compile(r"\S+|\s+")


@dataclass(frozen=True)
class Segment:
    kind: str  # "same", "added" or "removed"
    text: str


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after

    @property
    def segments(self) -> list[Segment]:
        return word_diff(self.before, self.after)


def row_diff(fields: list[str], before: dict | None, after: dict | None) -> list[FieldChange]:
    """Every field of the row, before and after; a created row has no before, a deleted no after."""
    before, after = before or {}, after or {}
    return [FieldChange(name, before.get(name, ""), after.get(name, "")) for name in fields]


def word_diff(before: str, after: str) -> list[Segment]:
    """The words kept, removed and added, in reading order."""
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    segments = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            segments.append(Segment("same", "".join(old[i1:i2])))
            continue
        if i2 > i1:
            segments.append(Segment("removed", "".join(old[i1:i2])))
        if j2 > j1:
            segments.append(Segment("added", "".join(new[j1:j2])))
    return segments
