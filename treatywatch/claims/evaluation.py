"""How well the checker does on a hand-labelled set of real texts (tests/claims/labelled/).

A found claim matches a labelled one when both are of the same kind, their character spans
overlap, and, for the kinds about one state (status, state_event, since, vote), both name the
same state. Each labelled claim is matched at most once, each found claim at most once, in
the order of the text. Recall is the share of labelled claims matched, precision the share of
found claims matched; the verdicts are compared on the matched pairs only, on the document's
date and on the labels' "today".
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from treatywatch.claims.check import Checked, Report

# The day the labels' "today" verdicts were decided on.
LABELLED_ON = date(2026, 11, 29)
# Kinds whose claims are about one state: the state must match too.
_ONE_STATE = {"status", "state_event", "since", "vote"}


@dataclass(frozen=True)
class Labelled:
    doc: str
    start: int
    end: int
    kind: str
    subject: str
    on_document_date: str
    today: str


@dataclass(frozen=True)
class Document:
    slug: str
    text: str
    date: date | None
    claims: tuple[Labelled, ...]


@dataclass
class Tally:
    labelled: int = 0
    found: int = 0
    matched: int = 0
    then_right: int = 0
    now_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("labelled", "found", "matched", "then_right", "now_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def accuracy(self) -> float:
        return self.then_right / self.matched if self.matched else 1.0

    @property
    def accuracy_today(self) -> float:
        return self.now_right / self.matched if self.matched else 1.0


def load_documents(folder: Path) -> list[Document]:
    return [_document(path) for path in sorted(folder.glob("*.json"))]


def _document(path: Path) -> Document:
    raw = json.loads(path.read_text("utf-8"))
    text = raw["text"]
    return Document(
        path.stem,
        text,
        date.fromisoformat(raw["date"]) if raw["date"] else None,
        tuple(_labelled(path.stem, text, claim) for claim in raw["claims"]),
    )


def _labelled(slug: str, text: str, claim: dict) -> Labelled:
    start = -1
    for _ in range(claim.get("occurrence", 1)):
        start = text.index(claim["quote"], start + 1)
    return Labelled(
        slug,
        start,
        start + len(claim["quote"]),
        claim["kind"],
        str(claim["subject"]),
        claim["on_document_date"],
        claim["today"],
    )


def evaluate(
    documents: Iterable[Document], check: Callable[[str, date | None], Report]
) -> dict[str, Tally]:
    """Tallies per kind, and over all kinds under the key "all"."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for document in documents:
        report = check(document.text, document.date)
        for kind, tally in _compare(document, report.checked).items():
            tallies[kind].add(tally)
    tallies["all"] = Tally()
    for kind in [k for k in tallies if k != "all"]:
        tallies["all"].add(tallies[kind])
    return dict(tallies)


def _compare(document: Document, checked: list[Checked]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    unmatched = list(checked)
    for label in document.claims:
        tally = tallies[label.kind]
        tally.labelled += 1
        found = next((c for c in unmatched if _matches(c, label)), None)
        if found is None:
            tally.misses.append(
                f"{document.slug}: missed {label.kind} {document.text[label.start : label.end]!r}"
            )
            continue
        unmatched.remove(found)
        tally.found += 1
        tally.matched += 1
        tally.then_right += _right(
            found.verdict.on_document_date.verdict,
            label.on_document_date,
            document,
            label,
            "then",
            tally,
        )
        tally.now_right += _right(
            found.verdict.today.verdict, label.today, document, label, "today", tally
        )
    for extra in unmatched:
        tallies[extra.claim.kind].found += 1
        tallies[extra.claim.kind].misses.append(
            f"{document.slug}: unlabelled {extra.claim.kind} {extra.claim.text!r}"
        )
    return tallies


def _matches(checked: Checked, label: Labelled) -> bool:
    claim = checked.claim
    overlap = claim.start < label.end and label.start < claim.end
    same_state = label.kind not in _ONE_STATE or claim.subject == label.subject
    return claim.kind == label.kind and overlap and same_state


def _right(got: str, expected: str, document, label, when, tally) -> int:
    if got == expected:
        return 1
    tally.misses.append(
        f"{document.slug}: {label.kind} {document.text[label.start : label.end]!r} {when}: {got}, labelled {expected}"
    )
    return 0
