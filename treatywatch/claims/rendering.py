"""A report as plain text, as JSON, and as schema.org ClaimReview JSON-LD."""

_RATINGS = {
    "supported": 5,
    "approximately": 4,
    "outdated": 3,
    "contradicted": 1,
    "not_in_record": 0,
}


def as_text(report: dict) -> str:
    lines = [
        f"Checked on {report['document_date']} ({report['document_date_from']}) and {report['today']} (today)."
    ]
    for number, claim in enumerate(report["claims"], 1):
        then = claim["on_document_date"]
        lines.append(
            f"{number}. [{claim['verdict']}] {claim['kind']}: {claim['text']!r} (characters {claim['start']}-{claim['end']})"
        )
        lines.append(
            f"   record: {then['explanation']}; sources: {', '.join(then['sources']) or '-'}"
        )
    return "\n".join(lines)


def as_claimreview(report: dict) -> list[dict]:
    """One ClaimReview per claim; the rating runs 0 (not settled) to 5 (supported)."""
    return [_review(report, claim) for claim in report["claims"]]


def _review(report: dict, claim: dict) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        # The sentence, not only the words found: a review read elsewhere needs the context.
        "claimReviewed": claim["sentence"],
        "itemReviewed": _claim(report, claim),
        "reviewBody": claim["on_document_date"]["explanation"],
        "datePublished": report["today"],
        "author": {"@type": "Organization", "name": "TreatyWatch"},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": _RATINGS[claim["verdict"]],
            "bestRating": 5,
            "worstRating": 0,
            "alternateName": claim["verdict"].replace("_", " "),
        },
    }


def _claim(report: dict, claim: dict) -> dict:
    """The claim as made: the words found, their date when known, where they appeared when given."""
    made = {"@type": "Claim", "name": claim["text"]}
    if report["document_date_from"] != "today":
        made["datePublished"] = report["document_date"]
    if report.get("appeared_at"):
        made["appearance"] = {"@type": "CreativeWork", "url": report["appeared_at"]}
    return made
