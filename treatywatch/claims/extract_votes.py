"""UN General Assembly votes: tallies ("160 for, 0 against, and 17 abstentions", "GA vote:
162-0-18") and a state's vote on a named resolution ("the US abstained on Resolution 64/56")."""

import re
from datetime import date

from treatywatch.claims.claim import Claim
from treatywatch.claims.sentence import Sentence

TALLIES = (
    re.compile(r"\b(\d{1,3}) for, (\d{1,3}) against,? and (\d{1,3}) abstentions?", re.I),
    re.compile(r"In favou?r:\s*(\d{1,3})\W*Against:\s*(\d{1,3})\W*Abstaining:\s*(\d{1,3})", re.I),
    re.compile(r"\b(\d{1,3}) votes? in favou?r with (?:only )?(\d{1,3}) votes? against()", re.I),
    re.compile(r"\bvote:\s*(\d{1,3})-(\d{1,3})-(\d{1,3})\b", re.I),
    re.compile(
        r"\b(\d{1,3}) states,?(?: including [^,]{3,60},)? (?:adopted|voted for|voted in favou?r of) (?:a|the) resolution()()",
        re.I,
    ),
    re.compile(
        r"\bvote of (\d{1,3}) in favou?r to (\d{1,3}|none) against,? with (\d{1,3}) abstentions?",
        re.I,
    ),
)
# The body that voted: the nearest name before the tally.
_BODY = re.compile(
    r"First Committee|1st Cttee|General Assembly vote|GA vote|General Assembly|UNGA", re.I
)
_SYMBOL = re.compile(r"\b(?:A/RES/)?(\d{2})/(\d{1,3})\b")
_YEAR = re.compile(
    r"\b(19[89]\d|20\d\d) UNGA [Rr]esolution|\bIn (?:November|December) (19[89]\d|20\d\d)|\bthis year"
)
_STATE_VOTE = re.compile(
    r"^\W*(?:also\s+)?(abstained|voted (?:yes|no|in favou?r|against))\s+(?:on|for)\s+"
    r"(?:UNGA |UN General Assembly |the )?(?:draft )?[Rr]esolution\s+(L\.\d+|(?:A/RES/)?\d{2}/\d{1,3})",
    re.I,
)
_VOTE_WORDS = {
    "abstained": "abstain",
    "yes": "yes",
    "in favor": "yes",
    "in favour": "yes",
    "no": "no",
    "against": "no",
}


def tally_claims(text: str, sentences: list[Sentence], on: date | None) -> list[Claim]:
    """Tallies are read in the whole text: a list of results may run over several lines."""
    claims = []
    for pattern in TALLIES:
        for match in pattern.finditer(text):
            sentence = next(s for s in sentences if s.start <= match.start() < s.end)
            value = "-".join(g for g in match.groups() if g).replace("none", "0")
            subject = _resolution(text, match.start(), on)
            claims.append(sentence.claim(match.start(), match.end(), "vote_tally", subject, value))
    return claims


def _resolution(text: str, at: int, on: date | None) -> str:
    """Which vote: "first_committee-YEAR", a symbol ("A/RES/66/29"), or "year-2023"."""
    bodies = list(_BODY.finditer(text[max(0, at - 300) : at]))
    year = _year(text[:at], on)
    if bodies and bodies[-1].group().lower() in ("first committee", "1st cttee"):
        return f"first_committee-{year or ''}"
    if symbol := list(_SYMBOL.finditer(text[max(0, at - 400) : at])):
        session, number = symbol[-1].groups()
        return f"A/RES/{session}/{number}"
    return f"year-{year}" if year else "unknown"


def _year(before: str, on: date | None) -> int | None:
    found = list(_YEAR.finditer(before))
    if found and (year := found[-1].group(1) or found[-1].group(2)):
        return int(year)
    return on.year if on else None


_ONLY_VOTE = re.compile(
    r"^\W*was the only (?:country|state) to vote (against|in favou?r|for)\b", re.I
)


def state_vote_claims(sentence: Sentence, text: str) -> list[Claim]:
    claims = []
    for mention in sentence.mentions:
        after = sentence.at(mention.end, sentence.end)
        if match := _ONLY_VOTE.search(after):
            vote = "no" if match.group(1).lower() == "against" else "yes"
            which = _resolution(text, sentence.start, sentence.on)
            end = mention.end + match.end()
            claims.append(
                sentence.claim(mention.start, end, "vote", mention.iso3, vote, detail=which)
            )
        if match := _STATE_VOTE.search(after):
            words = match.group(1).lower().removeprefix("voted ")
            symbol = match.group(2)
            if not symbol.startswith("L.") and not symbol.startswith("A/RES/"):
                symbol = f"A/RES/{symbol}"
            end = mention.end + match.end()
            claims.append(
                sentence.claim(
                    mention.start, end, "vote", mention.iso3, _VOTE_WORDS[words], detail=symbol
                )
            )
    return claims
