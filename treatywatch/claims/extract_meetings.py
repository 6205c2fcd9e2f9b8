"""Meetings ("the Second Review Conference in Cartagena in 2009"), the treaty's entry into force
and its other dated events ("adopted on 18 September 1997")."""

import re
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher

from treatywatch.claims.claim import Claim
from treatywatch.claims.dates import YEAR, dates_in
from treatywatch.claims.pipeline import nlp
from treatywatch.claims.sentence import Sentence

ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
# The treaty's own dated events, and the words that name each.
TREATY_EVENTS = (
    ("adopted", re.compile(r"\badopted\b|\badoption\b", re.I)),
    (
        "opened_for_signature",
        re.compile(
            r"\bopened for signature\b|\bsigning of the (?:Convention|treaty)\b"
            # "Signed in 1997, the Mine Ban Treaty came into force ..."
            r"|^\W*Signed\b(?=[^,]{0,40},\s+the\s+(?:Convention|treaty|Mine Ban|Ottawa))",
            re.I,
        ),
    ),
)
_ABOUT_A_STATE = re.compile(r"\b(?:their|for)\s*$", re.I)


@dataclass(frozen=True)
class MeetingNames:
    """What the record calls its meetings: places (cities, countries) and other names."""

    places: frozenset[str]
    aliases: dict[str, str]  # "Cartagena Summit on a Mine-Free World" -> "rc-2"


@cache
def _matcher() -> Matcher:
    matcher = Matcher(nlp().vocab)
    ordinal = {"LOWER": {"IN": ORDINALS}}
    # Set lookups, not a regular expression per word: "12th", "22nd"
    nth = {"LOWER": {"IN": [f"{n}{_suffix(n)}" for n in range(1, 41)]}}
    for which in (ordinal, nth):
        matcher.add("rc", [[which, {"LOWER": "review"}, {"LOWER": "conference"}]])
        msp = [which, {"LOWER": "meeting"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}]
        parties = {"LOWER": {"IN": ["parties", "parties-", "parties,"]}}
        matcher.add("msp", [[*msp, {"LOWER": "states"}, parties]])
    return matcher


_ANY_MEETING = re.compile(r"review conference|meeting of", re.I)


def meeting_matches(doc, text: str) -> list[tuple[int, int, int]]:
    """The matcher runs once over the whole text; each sentence takes its own matches."""
    return _matcher()(doc) if _ANY_MEETING.search(text) else []


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def meeting_claims(sentence: Sentence, matches, names: MeetingNames) -> list[Claim]:
    claims = []
    for match_id, start, end in matches:
        span = sentence.tokens.doc[start:end]
        kind = nlp().vocab.strings[match_id]
        claim = _meeting(
            sentence, span.start_char, span.end_char, f"{kind}-{_number(span[0].lower_)}", names
        )
        if claim:
            claims.append(claim)
    return claims + _aliases(sentence, names)


def _meeting(sentence, start, end, code, names) -> Claim | None:
    after = sentence.at(end, min(sentence.end, end + 90))
    year = YEAR.search(after)
    place = next((p for p in names.places if p in after), "")
    before = sentence.at(max(sentence.start, start - 12), start)
    early = YEAR.search(before) if "\n" not in before else None
    if early and not place and (not year or year.start() > 40):
        # "the 3-7 December 2012 Twelfth Meeting of the States Parties"
        return sentence.claim(
            start - len(before) + early.start(), end, "meeting", code, int(early.group(1))
        )
    if not (year or place):
        place = _host(sentence, start, names)
        if not place:
            return None  # nothing checkable said of it
        return sentence.claim(
            sentence.text.index(place) + sentence.start, end, "meeting", code, None, detail=place
        )
    stop = max(year.end() if year else 0, after.find(place) + len(place) if place else 0)
    value = int(year.group(1)) if year else None
    return sentence.claim(start, end + stop, "meeting", code, value, detail=place)


def _host(sentence, start, names) -> str:
    """ "Lao ... hosted the First Meeting of States Parties": the place before the meeting."""
    before = sentence.at(sentence.start, start)
    if not re.search(r"\bhosted (?:the\s+)?$", before):
        return ""
    return next((p for p in names.places if p in before), "")


def _aliases(sentence, names) -> list[Claim]:
    claims = []
    for alias, code in names.aliases.items():
        found = sentence.text.find(alias)
        year = (
            YEAR.search(sentence.text[found + len(alias) : found + len(alias) + 40])
            if found >= 0
            else None
        )
        if year:  # a name alone asserts nothing checkable
            start = sentence.start + found
            end = start + len(alias) + year.end()
            place = next((p for p in names.places if p in alias), "")
            claims.append(
                sentence.claim(start, end, "meeting", code, int(year.group(1)), detail=place)
            )
    return claims


def _number(word: str) -> int:
    if word[0].isdigit():
        return int(re.match(r"\d+", word).group())
    return ORDINALS.index(word) + 1


def treaty_event_claims(sentence: Sentence) -> list[Claim]:
    claims = []
    for event, pattern in TREATY_EVENTS:
        for match in pattern.finditer(sentence.text):
            if _ABOUT_A_STATE.search(sentence.text[: match.start()]):
                continue  # "its adoption of a law", "their signing": a state's act
            rest = sentence.text[match.end() :]
            when = next(iter(dates_in(rest[:220])), None)
            if when is None or not re.match(r"^[^;]{0,200}$", rest[: when.start]):
                continue
            if re.search(r";|,\s+(?:which|and|but|while|to be)\b", rest[: when.start]):
                continue
            start = sentence.start + match.start()
            end = sentence.start + match.end() + when.end
            claims.append(sentence.claim(start, end, "treaty_event", event, when.words()))
    return claims
