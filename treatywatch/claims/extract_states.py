"""A state's status ("X is not party", "X signed but has not ratified") and "since YEAR" claims
on its use, production and export of the weapons."""

import re

from spacy.tokens import Span

from treatywatch.claims.claim import Claim
from treatywatch.claims.names import Mention
from treatywatch.claims.treaties import treaty_of

# Read in the words after a state's name, up to the next state named.
_STATUS = (
    (
        "signed_not_party",
        re.compile(r"^\W*(?:\w+\W+){0,3}?signed\b.{0,40}\b(?:not|yet to)\b.{0,20}\bratif", re.I),
    ),
    (
        "not_signed",
        re.compile(
            r"^\W*(?:\w+\W+){0,3}?(?:has|have)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?signed",
            re.I,
        ),
    ),
    (
        "not_party",
        re.compile(
            r"^\W*(?:\w+\W+){0,3}?(?:is|are|remains?|has|have)\s+(?:still\s+)?(?:not|never|yet to)\s+(?:yet\s+)?(?:a\s+)?(?:state\s+part(?:y|ies)|part(?:y|ies)|joined?|ratif(?:ied|y)|acceded?)"
            r"|^\W*(?:\w+\W+){0,3}?remains?\s+outside",
            re.I,
        ),
    ),
    (
        "party",
        re.compile(
            r"^\W*(?:is|are|became|has become|have become)\s+(?:a\s+)?state\s+part(?:y|ies)\b", re.I
        ),
    ),
)
_CATEGORY = {
    "use": "use",
    "used": "use",
    "produced": "production",
    "production": "production",
    "exported": "transfer",
    "export": "transfer",
    "transferred": "transfer",
}
_SINCE = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:has|have)\s+not\s+(?:\w+\s+)?(used|produced|exported|transferred)\b[^.;]{0,60}?\bsince\s+(?:the\s+)?(\d{4})",
    re.I,
)
_LAST = re.compile(
    r"^\W*(?:\w+\W+){0,2}?last\s+(used|produced|exported|transferred)\b[^.;]{0,60}?\bin\s+(?:the\s+)?(\d{4})",
    re.I,
)


def state_claims(sentence: Span, mentions: list[Mention], default_treaty: str) -> list[Claim]:
    claims = []
    for mention, after in _with_words_after(sentence, mentions):
        claims += _status(sentence, mention, after, default_treaty)
        claims += _since(sentence, mention, after, default_treaty)
    return claims


def _with_words_after(sentence: Span, mentions: list[Mention]):
    ends = [m.start for m in mentions[1:]] + [sentence.end_char]
    for mention, end in zip(mentions, ends):
        yield mention, sentence.doc.text[mention.end : end]


def _status(sentence, mention, after, default_treaty) -> list[Claim]:
    for status, pattern in _STATUS:
        if match := pattern.search(after):
            return [_claim(sentence, mention, match, "status", default_treaty, status)]
    return []


def _since(sentence, mention, after, default_treaty) -> list[Claim]:
    for shape, pattern in (("since", _SINCE), ("last", _LAST)):
        if match := pattern.search(after):
            category = _CATEGORY[match.group(1).lower()]
            claim = _claim(sentence, mention, match, "since", default_treaty, int(match.group(2)))
            return [_with(claim, detail=f"{category}:{shape}")]
    return []


def _claim(sentence, mention, match, kind, default_treaty, value) -> Claim:
    end = mention.end + match.end()
    text = sentence.doc.text[mention.start : end]
    return Claim(
        mention.start,
        end,
        text,
        sentence.text,
        kind,
        treaty_of(sentence.text, default_treaty),
        mention.iso3,
        value,
    )


def _with(claim: Claim, **changes) -> Claim:
    from dataclasses import replace

    return replace(claim, **changes)
