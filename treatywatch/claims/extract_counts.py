"""Counts of states: "A total of 156 nations are party", "the 37 states that have not yet
joined", "100 signatures", "a 162-member treaty"; and ordinals: "the 163rd State Party"."""

import re
from functools import cache

from spacy.matcher import Matcher

from treatywatch.claims.claim import Claim
from treatywatch.claims.numbers import parse_number
from treatywatch.claims.pipeline import nlp
from treatywatch.claims.qualifiers import qualifier_before
from treatywatch.claims.sentence import Sentence

_NOUNS = [
    "states",
    "nations",
    "countries",
    "governments",
    "signatories",
    "parties",
    "signatures",
    "ratifications",
    "member",
]
_VERBS = ["ratified", "signed", "joined", "acceded"]
# What the states counted are, read in order: the first that fits wins.
MEASURES = (
    (
        "signed_not_party",
        re.compile(
            r"\bsigned\b(?:\s+the\s+(?:treaty|convention))?,?\s+but\s+(?:still\s+)?(?:have\s+)?not\s+(?:yet\s+)?ratified",
            re.I,
        ),
    ),
    (
        "stockpiles_destroyed",
        re.compile(r"\bno longer (?:have|hold)\b.{0,20}\bstockpile|\bdestroyed their stock", re.I),
    ),
    (
        "not_joined",
        re.compile(
            r"\bnot\s+(?:yet\s+)?(?:joined|signed|acceded)|\byet to (?:join|sign)|\bnon-?signator",
            re.I,
        ),
    ),
    (
        "not_party",
        re.compile(
            r"\bnot\s+(?:yet\s+)?(?:a\s+)?(?:state\s+)?part(?:y|ies)|\bnot\s+(?:yet\s+)?ratified"
            r"|\byet to ratify|\bnon-?part|\bremain(?:s|ing)?\s+outside|\bstates not party",
            re.I,
        ),
    ),
    ("signatories", re.compile(r"\bsignatur|\bsignator|\bsigned\b", re.I)),
    (
        "parties",
        re.compile(
            r"\bpart(?:y|ies)\b|\bjoined\b|\bratified\b|\bacceded\b|\bratifications\b|\bendorsed by"
            r"|\bmembers? of the (?:treaty|convention)|-member\s+treaty|\bprohibited\b|\bbound by\b"
            r"|\bfore?sworn\b",
            re.I,
        ),
    ),
)
# Not a count of the record: a goal, a time ("when 30 states ratified", "after 30 States had
# ratified"), a share of a region, a place ("used mines in at least six countries").
_NOT_A_CLAIM = re.compile(
    r"(?:\breach(?:\s+a\s+total\s+of)?|\bthreshold\s+of|\btarget\s+of|\bgoal\s+of|\bwhen|\bafter|\bonce"
    r"|\bout\s+of(?:\s+a\s+total\s+of)?|\bin(?:\s+at\s+least|\s+some|\s+over)?)\s*$",
    re.I,
)
# "156 nations are party to it, while two states have signed": each count has its clause.
_CLAUSE_END = re.compile(r",\s+(?:while|whereas|and)\b|;|\.\s")
_JOIN_THE_OTHER = re.compile(r"\bjoin(?:s|ed|ing)? the other\s*$", re.I)
_MORE = re.compile(r"\b(?:more|additional|other)\b", re.I)
_ORDINAL = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:and\s+(?:most\s+recent|latest|newest)\s+)?"
    r"(?:State Party|State|country|countries|nation|member nation|member)\b"
    r"|\bState Party No\.?\s*(\d{1,3})\b",
    re.I,
)
# "Palau deposited its instrument, meaning it will become the 100th State Party": the record
# counts a party from its deposit.
_DEPOSITED = re.compile(r"\b(?:deposited|acceded|ratified)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|to|soon to)\s+(?:be|become)\b[\w\s]{0,12}$", re.I)


@cache
def _matcher() -> Matcher:
    matcher = Matcher(nlp().vocab)
    number = [{"LIKE_NUM": True}, {"ORTH": "-", "OP": "?"}, {"LIKE_NUM": True, "OP": "?"}]
    between = {
        "IS_ALPHA": True,
        "LIKE_NUM": False,  # "among the 45 are five countries": the count is the five
        "LOWER": {"NOT_IN": _NOUNS + ["of", "in", "and"]},
        "OP": "?",
    }
    # "134 countries have signed the Convention, and 65 have ratified"
    verb = [{"LOWER": {"IN": ["have", "had"]}}, {"LOWER": {"IN": _VERBS}}]
    matcher.add(
        "COUNT",
        [[*number, between, between, {"LOWER": {"IN": _NOUNS}}], [*number, *verb]],
        greedy="LONGEST",
    )
    return matcher


def count_matches(doc) -> list[tuple[int, int, int]]:
    """The matcher runs once over the whole text; each sentence takes its own matches."""
    return _matcher()(doc)


def count_claims(sentence: Sentence, matches) -> list[Claim]:
    claims = []
    for _, start, end in matches:
        claim = _count_claim(sentence, sentence.tokens.doc[start:end])
        if claim:
            claims.append(claim)
    return claims + _ordinals(sentence)


def _count_claim(sentence: Sentence, span) -> Claim | None:
    number_words = " ".join(t.text for t in span if t.like_num or t.text == "-").replace(" - ", "-")
    value = parse_number(number_words.strip(" -"))
    before = sentence.at(max(sentence.start, span.start_char - 30), span.start_char)
    after = _CLAUSE_END.split(sentence.at(span.end_char, min(sentence.end, span.end_char + 120)))[0]
    measure = measure_of(before, span.text, after) or measure_of("", "", span.text)
    if value is None or measure is None or 1900 <= value <= 2100 or _NOT_A_CLAIM.search(before):
        return None
    if _MORE.search(span.text):
        return None  # "7 more ratifications": a difference, not a count
    # "will join the other 164 States Parties": the record's count holds the one joining too.
    detail = "and one more" if _JOIN_THE_OTHER.search(before) else ""
    return sentence.claim(
        span.start_char,
        span.end_char,
        "count",
        measure,
        value,
        qualifier=qualifier_before(before),
        detail=detail,
    )


_NOUN_MEASURES = (
    ("signatories", re.compile(r"signatur|signator", re.I)),
    ("parties", re.compile(r"ratification|part(?:y|ies)\b|member", re.I)),
)


def measure_of(before: str, words: str, after: str) -> str | None:
    """What the states counted are: a narrower measure said after the count first ("161 States
    Parties which no longer have stockpile ..."), then the count's own noun ("100 signatures"),
    then the measure said nearest after it, then one said just before ("endorsed by 166")."""
    if noun := re.match(r"\s*Part(?:y|ies)\b", after):  # "161 States Parties which ..."
        words, after = words + noun.group(), after[noun.end() :]
    found = sorted(
        (m.start(), i, name) for i, (name, p) in enumerate(MEASURES) if (m := p.search(after))
    )
    narrow = [f for f in found if f[2] not in ("parties", "signatories")]
    if narrow and narrow[0] == found[0]:
        return narrow[0][2]
    own = next((name for name, p in _NOUN_MEASURES if p.search(words)), None)
    if own or found:
        return own or found[0][2]
    return next((name for name, p in MEASURES if p.search(before[-12:])), None)


def _ordinals(sentence: Sentence) -> list[Claim]:
    claims = []
    for match in _ORDINAL.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        future = _FUTURE.search(sentence.at(max(sentence.start, start - 30), start))
        if future and not _DEPOSITED.search(sentence.at(sentence.start, start)):
            continue  # "Poland will become the 161st State Party": a forecast
        value = int(match.group(1) or match.group(2))
        claims.append(sentence.claim(start, end, "ordinal", "parties", value))
    return claims
