"""A publication's claims, checked by the claim checker (treatywatch/claims/) as of its date.
Computed when a page asks, kept per record version: a change to the record re-checks them."""

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache

from treatywatch.claims.check import Report, check_text
from treatywatch.claims.django_snapshot import snapshot_and_names
from treatywatch.record.models import Publication
from treatywatch.record.treaty_records import record_version

VERDICT_ORDER = ("supported", "approximately", "outdated", "contradicted", "not_in_record")


@dataclass(frozen=True)
class CheckedPublication:
    report: Report

    @property
    def counts(self) -> list[tuple[str, int]]:
        counted = Counter(checked.verdict.verdict for checked in self.report.checked)
        return [(verdict, counted[verdict]) for verdict in VERDICT_ORDER if counted[verdict]]

    @property
    def rows(self) -> list[tuple[str, str, str, str]]:
        """Each claim: its words, the verdict in words, and what the record says then and now."""
        return [
            (
                c.claim.text,
                c.verdict.verdict.replace("_", " "),
                c.verdict.on_document_date.explanation,
                c.verdict.today.explanation,
            )
            for c in self.report.checked
        ]

    @property
    def summary(self) -> str:
        """ "9 claims: 7 supported, 1 outdated, 1 not in the record"."""
        total = len(self.report.checked)
        if not total:
            return "No checkable claim found"
        parts = ", ".join(f"{n} {verdict.replace('_', ' ')}" for verdict, n in self.counts)
        return f"{total} claim{'s' if total != 1 else ''}: {parts}"


def checked_text(publication: Publication) -> str:
    """What the checker reads: the full text where its terms allowed copying, else the summary."""
    return publication.full_text or f"{publication.title}. {publication.summary}"


def check_publication(publication: Publication) -> CheckedPublication:
    version_id, _ = record_version()
    text = checked_text(publication)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    # Today is part of the key: the checker also judges each claim on the current day.
    key = f"publication-claims:{publication.pk}:{version_id}:{date.today()}:{digest}"
    report = cache.get(key)
    if report is None:
        report = check_text(text, *snapshot_and_names(), as_of=publication.date)
        cache.set(key, report, 24 * 60 * 60)
    return CheckedPublication(report)
