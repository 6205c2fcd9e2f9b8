"""ClaimReview JSON-LD: one review per claim, the claim's date and place only when known."""

from treatywatch.claims.rendering import as_claimreview


def report(document_date_from: str, appeared_at: str | None) -> dict:
    finding = {"explanation": "156 states were States Parties on 2009-11-30"}
    claim = {
        "text": "156 nations",
        "sentence": "A total of 156 nations are party.",
        "verdict": "not_in_record",
        "on_document_date": finding,
    }
    return {
        "document_date": "2009-11-30",
        "document_date_from": document_date_from,
        "today": "2026-11-29",
        "appeared_at": appeared_at,
        "claims": [claim, {**claim, "verdict": "contradicted"}],
    }


def test_each_claim_is_reviewed_with_its_sentence_and_a_rating():
    reviews = as_claimreview(report("found in text", "https://example.org/letter"))
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [0, 1]
    assert reviews[0]["reviewRating"]["alternateName"] == "not in record"
    assert reviews[0]["claimReviewed"] == "A total of 156 nations are party."
    assert reviews[0]["itemReviewed"] == {
        "@type": "Claim",
        "name": "156 nations",
        "datePublished": "2009-11-30",
        "appearance": {"@type": "CreativeWork", "url": "https://example.org/letter"},
    }


def test_a_claim_of_unknown_date_and_place_says_neither():
    (review, _) = as_claimreview(report("today", None))
    assert review["itemReviewed"] == {"@type": "Claim", "name": "156 nations"}
