"""Check a text: its claims, and a verdict on each on the document's date and today."""

import re
from dataclasses import dataclass
from datetime import date

from treatywatch.claims.claim import Claim
from treatywatch.claims.dates import dates_in
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
# "As of September 30, 1998, 130 countries have signed": the sentence gives its own day.
_AS_OF = re.compile(r"^\W*As of ([^.;]{6,30}?(?:19|20)\d\d)\b", re.I)


def _verdict(claim: Claim, snapshot: Snapshot, on: date, today: date) -> Verdict:
    pinned = _as_of(claim.sentence)
    then = judge_on(claim, snapshot, pinned or on)
    history = claim.kind in _HISTORY or pinned
    now = then if history else judge_on(claim, snapshot, today)
    return Verdict(overall(then, now), then, now)


def _as_of(sentence: str) -> date | None:
    match = _AS_OF.match(sentence)
    found = dates_in(match.group(1)) if match else []
    if not found or not (found[0].year and found[0].month and found[0].day):
        return None
    return date(found[0].year, found[0].month, found[0].day)
