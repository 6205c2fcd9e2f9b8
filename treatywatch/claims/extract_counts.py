"""Counts of states: "A total of 156 nations are party", "the 37 states that have not yet joined"."""

import re
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Span

from treatywatch.claims.claim import Claim
from treatywatch.claims.numbers import parse_number
from treatywatch.claims.pipeline import nlp
from treatywatch.claims.qualifiers import qualifier_before
from treatywatch.claims.treaties import treaty_of

_NOUNS = ["states", "nations", "countries", "governments", "signatories", "parties"]
_NOT_JOINED = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:joined|signed|acceded)|\byet to (?:join|sign)|\bremain(?:s|ing)?\s+outside|\bnon-?signator",
    re.I,
)
_NOT_PARTY = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:a\s+)?(?:state\s+)?part(?:y|ies)|\bnot\s+(?:yet\s+)?ratified|\byet to ratify|\bnon-?part",
    re.I,
)
_PARTY = re.compile(
    r"\bpart(?:y|ies)\b|\bjoined\b|\bratified\b|\bacceded\b|\bratifications\b|\bmembers? of the (?:treaty|convention)",
    re.I,
)
_SIGNED = re.compile(r"\bsignator|\bsigned\b", re.I)


@cache
def _matcher() -> Matcher:
    matcher = Matcher(nlp().vocab)
    number = [{"LIKE_NUM": True}, {"ORTH": "-", "OP": "?"}, {"LIKE_NUM": True, "OP": "?"}]
    between = {"IS_ALPHA": True, "LOWER": {"NOT_IN": _NOUNS + ["of", "in", "and"]}, "OP": "?"}
    matcher.add("COUNT", [[*number, between, between, {"LOWER": {"IN": _NOUNS}}]], greedy="LONGEST")
    return matcher


def count_claims(sentence: Span, default_treaty: str) -> list[Claim]:
    claims = []
    for _, start, end in _matcher()(sentence.as_doc()):
        span = sentence[start:end]
        claim = _count_claim(sentence, span, default_treaty)
        if claim:
            claims.append(claim)
    return claims


def _count_claim(sentence: Span, span: Span, default_treaty: str) -> Claim | None:
    number_words = " ".join(t.text for t in span if t.like_num or t.text == "-").replace(" - ", "-")
    value = parse_number(number_words)
    measure = _measure(sentence.text[span.end_char - sentence.start_char :], span.text)
    if value is None or measure is None or 1900 <= value <= 2100:
        return None
    before = sentence.doc.text[max(sentence.start_char, span.start_char - 20) : span.start_char]
    return Claim(
        span.start_char,
        span.end_char,
        span.text,
        sentence.text,
        "count",
        treaty_of(sentence.text, default_treaty),
        measure,
        value,
        qualifier_before(before),
    )


def _measure(after: str, words: str) -> str | None:
    """What the states counted are: parties, signatories, or states not party / not joined."""
    window = words + " " + after[:80]
    if _NOT_JOINED.search(window):
        return "not_joined"
    if _NOT_PARTY.search(window):
        return "not_party"
    if _PARTY.search(window):
        return "parties"
    if _SIGNED.search(window):
        return "signatories"
    return None
