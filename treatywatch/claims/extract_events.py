"""Group claims ("every other member of NATO is a State Party"), meetings ("the Second Review
Conference in Cartagena in 2009") and the treaty's entry into force."""

import re
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Span

from treatywatch.claims.claim import Claim
from treatywatch.claims.names import Mention
from treatywatch.claims.treaties import treaty_of

ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_GROUPS = (
    ("nato", re.compile(r"\bNATO\b|North Atlantic Treaty Organi[sz]ation")),
    ("eu", re.compile(r"\bEU\b|European Union")),
    ("g7", re.compile(r"\bG-?7\b|Group of Seven")),
    ("p5", re.compile(r"\bP-?5\b|permanent members of the (?:UN )?Security Council", re.I)),
)
_ALL_PARTY = re.compile(
    r"\b(?:every|all|each)\b(?:\s+\w+){0,10}?\s+(?:is|are|has|have)\s+(?:a\s+|now\s+)?(?:state\s+part|part(?:y|ies)|joined)",
    re.I,
)
_ONLY = re.compile(r"\bonly\b.{0,60}\bnot\b.{0,20}\b(?:part(?:y|ies)|joined)", re.I)
_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")
_FORCE = re.compile(r"\bent(?:ered|ry) into force\b", re.I)


@cache
def _meeting_matcher() -> Matcher:
    matcher = Matcher(nlp_vocab())
    ordinal = {"LOWER": {"IN": ORDINALS}}
    nth = {"LOWER": {"REGEX": r"^\d+(st|nd|rd|th)$"}}
    for which in (ordinal, nth):
        matcher.add("rc", [[which, {"LOWER": "review"}, {"LOWER": "conference"}]])
        matcher.add(
            "msp",
            [
                [
                    which,
                    {"LOWER": "meeting"},
                    {"LOWER": "of"},
                    {"LOWER": "the", "OP": "?"},
                    {"LOWER": "states"},
                    {"LOWER": "parties"},
                ]
            ],
        )
    return matcher


def nlp_vocab():
    from treatywatch.claims.pipeline import nlp

    return nlp().vocab


def group_claims(sentence: Span, mentions: list[Mention], default_treaty: str) -> list[Claim]:
    for group, pattern in _GROUPS:
        found = pattern.search(sentence.text)
        if found and (_ALL_PARTY.search(sentence.text) or _ONLY.search(sentence.text)):
            start = sentence.start_char + found.start()
            excluded = ",".join(sorted({m.iso3 for m in mentions}))
            return [
                Claim(
                    start,
                    start + len(found.group()),
                    found.group(),
                    sentence.text,
                    "group",
                    treaty_of(sentence.text, default_treaty),
                    group,
                    "party",
                    "",
                    excluded,
                )
            ]
    return []


def meeting_claims(sentence: Span, places: dict[str, str], default_treaty: str) -> list[Claim]:
    claims = []
    for match_id, start, end in _meeting_matcher()(sentence.as_doc()):
        span = sentence[start:end]
        claim = _meeting_claim(
            sentence, span, nlp_vocab().strings[match_id], places, default_treaty
        )
        if claim:
            claims.append(claim)
    return claims


def _meeting_claim(sentence, span, kind, places, default_treaty) -> Claim | None:
    after = sentence.doc.text[span.end_char : sentence.end_char]
    year = _YEAR.search(after[:80])
    place = next((p for p in places if p in after[:80]), "")
    if not (year or place):
        return None  # nothing checkable said of it
    end = span.end_char + max(
        year.end() if year else 0, after.find(place) + len(place) if place else 0
    )
    number = _ordinal_number(span[0].lower_)
    return Claim(
        span.start_char,
        end,
        sentence.doc.text[span.start_char : end],
        sentence.text,
        "meeting",
        treaty_of(sentence.text, default_treaty),
        f"{kind}-{number}",
        int(year.group(1)) if year else None,
        "",
        place,
    )


def _ordinal_number(word: str) -> int:
    if word[0].isdigit():
        return int(re.match(r"\d+", word).group())
    return ORDINALS.index(word) + 1


def entry_into_force_claims(sentence: Span, mentions, default_treaty: str) -> list[Claim]:
    found = _FORCE.search(sentence.text)
    year = _YEAR.search(sentence.text[found.end() :]) if found else None
    if not found or not year or mentions:
        return []  # a state's own entry into force is not checked yet
    start = sentence.start_char + found.start()
    end = sentence.start_char + found.end() + year.end()
    return [
        Claim(
            start,
            end,
            sentence.doc.text[start:end],
            sentence.text,
            "entry_into_force",
            treaty_of(sentence.text, default_treaty),
            "treaty",
            int(year.group(1)),
        )
    ]
