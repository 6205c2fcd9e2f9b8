"""Figures: "stockpiles more than 10.4 million antipersonnel mines", "its stockpile of more than
one million antipersonnel mines", "more than 42 million ... have been destroyed"."""

import re

from treatywatch.claims.claim import Claim
from treatywatch.claims.numbers import parse_number
from treatywatch.claims.qualifiers import qualifier_before
from treatywatch.claims.sentence import Sentence

_NUMBER = re.compile(
    r"\b(\d[\d,.]*(?:\s+(?:million|thousand|billion))?|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:million|thousand))\s+"
    r"(?:(?:stockpiled|antipersonnel|anti-personnel|AP)\s+){0,2}(?:land)?mines\b",
    re.I,
)
# What the figure counts, read in order around the number: the first that fits wins.
MEASURES = (
    (
        "apm_stockpile",
        re.compile(
            r"\bstockpiles?(?: (?:of|is|was|stands at|totals?))?\W*(?:more than |about |over |some |nearly |at least )?$",
            re.I,
        ),
        "before",
    ),
    (
        "apm_stockpile",
        re.compile(r"\bheld in (?:its|their) arsenal|\bin stock\b|\bstockpiled by\b", re.I),
        "after",
    ),
    ("apm_destroyed", re.compile(r"\bdestr(?:oyed|uction)\b", re.I), "around"),
    ("apm_retained", re.compile(r"\bretain(?:ed|s)?\b", re.I), "around"),
)
_PRONOUN_OR_NAME = re.compile(r"\b(?:it|its|their)\b", re.I)


def figure_claims(sentence: Sentence) -> list[Claim]:
    claims = []
    for match in _NUMBER.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        value = parse_number(match.group(1).replace(",", ""))
        before = sentence.at(max(sentence.start, start - 40), start)
        after = sentence.at(end, min(sentence.end, end + 60))
        measure = _measure(before, after)
        if value is None or measure is None:
            continue
        subject = _whose(sentence, start, before)
        qualifier = qualifier_before(before)
        first = (
            max(sentence.start, start - len(before) + _where_said(before))
            if measure == "apm_stockpile"
            else start
        )
        claims.append(
            sentence.claim(
                first, end, "figure", subject, value, qualifier=qualifier, detail=measure
            )
        )
    return claims


def _measure(before: str, after: str) -> str | None:
    for measure, pattern, where in MEASURES:
        text = {"before": before, "after": after, "around": before + " " + after}[where]
        if pattern.search(text):
            return measure
    return None


def _where_said(before: str) -> int:
    found = re.search(r"\bstockpiles?\b.*$", before, re.I)
    return found.start() if found else len(before)


def _whose(sentence: Sentence, start: int, before: str) -> str:
    """The state named before the figure in the sentence, or the one "it" stands for; else the
    figure is the world's (all States Parties together)."""
    here = [m for m in sentence.mentions if m.end <= start]
    if here:
        return here[-1].iso3
    if _PRONOUN_OR_NAME.search(sentence.at(sentence.start, start)) and sentence.earlier:
        return sentence.earlier[-1].iso3
    return "world"
