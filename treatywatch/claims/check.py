"""Check a text: its claims, and a verdict on each on the document's date and today."""

from dataclasses import dataclass
from datetime import date

from treatywatch.claims.claim import Claim
from treatywatch.claims.docdate import document_date
from treatywatch.claims.extract import extract_claims
from treatywatch.claims.judge import judge_on
from treatywatch.claims.names import NameIndex
from treatywatch.claims.snapshot import Snapshot
from treatywatch.claims.verdict import Verdict, overall


@dataclass(frozen=True)
class Checked:
    claim: Claim
    verdict: Verdict

    def as_dict(self) -> dict:
        return {**self.claim.as_dict(), **self.verdict.as_dict()}


@dataclass(frozen=True)
class Report:
    document_date: date
    date_rule: str  # given | found in text | today
    today: date
    checked: list[Checked]

    def as_dict(self) -> dict:
        return {
            "document_date": self.document_date.isoformat(),
            "document_date_from": self.date_rule,
            "today": self.today.isoformat(),
            "claims": [c.as_dict() for c in self.checked],
        }


def check_text(
    text: str,
    snapshot: Snapshot,
    names: NameIndex,
    *,
    as_of: date | None = None,
    today: date | None = None,
) -> Report:
    today = today or date.today()
    on, rule = document_date(text, as_of, today)
    checked = [
        Checked(c, _verdict(c, snapshot, on, today))
        for c in extract_claims(text, snapshot, names, on)
    ]
    return Report(on, rule, today, checked)


# "Sri Lanka became the 163rd State Party" is history: true or false on its day, for good.
_HISTORY = {"ordinal"}


def _verdict(claim: Claim, snapshot: Snapshot, on: date, today: date) -> Verdict:
    then = judge_on(claim, snapshot, on)
    now = then if claim.kind in _HISTORY else judge_on(claim, snapshot, today)
    return Verdict(overall(then, now), then, now)
