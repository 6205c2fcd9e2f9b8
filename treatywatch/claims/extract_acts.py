"""A state's dated treaty acts: "Finland deposited its instrument of accession ... on January 9,
2012", "Poland, which signed the Mine Ban Treaty in 1997", "will enter into force for Poland on
1 June 2013", "its withdrawal from the Convention on Cluster Munitions in March 2025"."""

import re

from treatywatch.claims.claim import Claim
from treatywatch.claims.dates import PartialDate, dates_in
from treatywatch.claims.extract_force import IN_A_PLACE
from treatywatch.claims.sentence import Sentence

# The act a word names, read in order; the date follows in the same clause.
# "the most recent state to sign", "the 45th country to accede"
_NTH = r"\b(?:the\s+)?(?:most recent|latest|newest|last|first|\d{1,3}(?:st|nd|rd|th))\s+(?:country|state|nation)\s+to\s+"
ACTS = (
    (
        "in_force",
        re.compile(
            rf"\binto force (?:for\b|{IN_A_PLACE})|\bbecome (?:a )?State Party(?: to the (?:\w+ ){{0,5}}?\w+)?(?= on\b)",
            re.I,
        ),
    ),
    ("withdrawal", re.compile(r"\binstruments? of withdrawal\b|\bwithdrawal\b|\bwithdrew\b", re.I)),
    (
        "consent",
        re.compile(
            r"\binstruments? of (?:accession|ratification|acceptance|approval)\b|\bacceded\b"
            r"|\bratification\b|\baccession\b|\bratified\b|\bjoined\b|\bdid so\b"
            rf"|{_NTH}(?:accede|ratify|join)\b",
            re.I,
        ),
    ),
    ("signature", re.compile(rf"\bsigned\b|\bsigning\b|{_NTH}sign\b", re.I)),
)
# A decision at home is not the act the depositary records.
_DOMESTIC = re.compile(
    r"\b(?:approved|approves|vote|voted|decision|decided|announced|parliament)\b", re.I
)
_CLAUSE = re.compile(r"^[^,;—–()]{0,110}$")
# "1997 when Poland signed", "since 2017, when Palestine and Sri Lanka joined"
_YEAR_WHEN = re.compile(r"\b(19[89]\d|20\d\d),? when\s+(?:[A-Z][\w’'.-]*(?:\s+and)?\s+){1,6}$")
# "The deposit of the instrument of ratification, deposited on 12 March 2025"
_RESTATED = re.compile(r"^,\s*(?:deposited|submitted|received)\s+(?:on|in)\s+$")
_TODAY = re.compile(r"\btoday\b")
_THE_TREATY_ITSELF = re.compile(
    r"^\W*(?:(?:Signed|Adopted|Opened for signature)\b[^,]{0,50},\s+t|T)he"
    r" (?:Convention|treaty|Treaty|Mine Ban Treaty|Ottawa)\b"
)
_LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
# "the first accession since 2017": a date that bounds the act, not the act's own.
_NOT_ITS_DATE = re.compile(r"\b(?:since|before|after|until|by)\s*$", re.I)
# A title in quotes or brackets between an act and its date does not end the clause.
_TITLE = re.compile(r"\"[^\"]*\"|“[^”]*”|\([^)]*\)")
_PROMISE = re.compile(r"\b(?:will|would|shall)\b|\bto (?:take|ratify|join|accede|sign)\b")
_OPENING_DATE = re.compile(r"^\W*On\s+([^,]{3,30}),")
_TWO_DAYS = re.compile(r"\bon (\d{1,2}) and (\d{1,2}) ([A-Z][a-z]+)")


def act_claims(sentence: Sentence) -> list[Claim]:
    # "The Convention was adopted in Oslo and signed in Ottawa in 1997": the treaty's own acts;
    # only its entry into force for a state is a state's.
    acts = ACTS[:1] if _THE_TREATY_ITSELF.match(sentence.text) else ACTS
    claims, taken = [], set()
    for act, pattern in acts:
        for match in pattern.finditer(sentence.text):
            start = sentence.start + match.start()
            if start in taken or _DOMESTIC.search(sentence.text[: match.start()][-40:]):
                continue
            claims += _act(sentence, act, start, sentence.start + match.end())
            taken.add(start)
    return claims


def _act(sentence, act, start, end) -> list[Claim]:
    states = _states(sentence, act, start, end)
    if not states:
        return []
    two = _TWO_DAYS.search(sentence.at(end, sentence.end))
    if two and len(states) == 2:  # "deposited ... on 7 and 8 October respectively"
        return _two_days(sentence, act, states, two, end)
    when = _date_after(sentence, end, states) or _date_before(sentence, start)
    if when is None:
        return []
    last = states[-1]
    # The claim runs from the (last) state named before the act, else from the act's word.
    named_before = sentence.start <= last.start and last.end <= start and act != "in_force"
    first = last.start if named_before else start
    claims = [
        sentence.claim(m.start, m.end, "state_event", m.iso3, when.words(), detail=act)
        for m in states[:-1]
    ]
    span = (min(first, when.start), max(end, when.end))
    return claims + [sentence.claim(*span, "state_event", last.iso3, when.words(), detail=act)]


def _states(sentence, act, start, end):
    if act == "in_force":
        # "for Poland on 1 June 2013"; "for the Kingdom on ...": the state named last before
        after = [m for m in sentence.mentions if end <= m.start <= end + 25]
        state = after[:1] or [sentence.last_state_before(start)]
        return [s for s in state if s]
    before = [m for m in sentence.mentions if m.end <= start]
    if before:
        run = [before[-1]]
        for m in reversed(before[:-1]):
            if _LIST_GLUE.match(sentence.at(m.end, run[0].start)):
                run.insert(0, m)
            else:
                break
        return run
    after = [m for m in sentence.mentions if m.start >= end]
    if after:  # "the accession by Somalia and Poland in 2012"
        run = after[:1]
        for m in after[1:]:
            if not _LIST_GLUE.match(sentence.at(run[-1].end, m.start)):
                break
            run.append(m)
        return run
    return [sentence.earlier[-1]] if sentence.earlier else []


def _date_after(sentence, end, states) -> PartialDate | None:
    rest = sentence.at(end, sentence.end)
    for when in dates_in(rest, end):
        between = _TITLE.sub("", sentence.at(end, when.start))
        # "Palau's ratification follows Cuba's accession on April 6th": the date is Cuba's.
        other = any(end <= m.start < when.start and m not in states for m in sentence.mentions)
        if other or _PROMISE.search(between) or _NOT_ITS_DATE.search(between):
            return None
        return when if _CLAUSE.match(between) or _RESTATED.match(between) else None
    return None


def _date_before(sentence, start) -> PartialDate | None:
    before = sentence.at(sentence.start, start)
    if sentence.on and _TODAY.search(before[-20:]):  # "Tonga today deposited its instrument"
        day = sentence.on
        return PartialDate(day.year, day.month, day.day, start - 6, start)
    if match := _YEAR_WHEN.search(before):
        return PartialDate(int(match.group(1)), None, None, sentence.start + match.start(), start)
    if match := _OPENING_DATE.match(sentence.text):
        found = dates_in(match.group(1), sentence.start + match.start(1))
        return found[0] if found else None
    return None


def _two_days(sentence, act, states, two, end) -> list[Claim]:
    claims = []
    for mention, day in zip(states, (two.group(1), two.group(2))):
        [when] = dates_in(f"{day} {two.group(3)}") or [None]
        if when:
            claims.append(
                sentence.claim(
                    mention.start,
                    end + two.end() if mention is states[-1] else mention.end,
                    "state_event",
                    mention.iso3,
                    when.words(),
                    detail=act,
                )
            )
    return claims
