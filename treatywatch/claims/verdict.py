"""A verdict on one claim on one date, with the record's facts behind it."""

from dataclasses import asdict, dataclass, field
from datetime import date

from treatywatch.claims.page_ref import PageRef

SUPPORTED = "supported"
CONTRADICTED = "contradicted"
APPROXIMATELY = "approximately"
OUTDATED = "outdated"
NOT_IN_RECORD = "not_in_record"


@dataclass(frozen=True)
class Finding:
    """What the record says on one date."""

    verdict: str
    on: date
    record_value: str | int | None = None
    explanation: str = ""
    sources: tuple[str, ...] = ()
    link: PageRef | None = None

    def as_dict(self) -> dict:
        return {
            **asdict(self),
            "on": self.on.isoformat(),
            "sources": list(self.sources),
            "link": self.link.as_dict() if self.link else None,
        }


@dataclass(frozen=True)
class Verdict:
    verdict: str
    on_document_date: Finding
    today: Finding
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "on_document_date": self.on_document_date.as_dict(),
            "today": self.today.as_dict(),
        }


def overall(then: Finding, now: Finding) -> str:
    """The document-date verdict, unless the truth of it changed since: then `outdated`."""
    true = {SUPPORTED, APPROXIMATELY}
    if then.verdict == NOT_IN_RECORD or now.verdict == NOT_IN_RECORD:
        return then.verdict
    if (then.verdict in true) != (now.verdict in true):
        return OUTDATED
    return then.verdict
