"""A state's status ("X is not party", "X signed but has not ratified", "Estonia, Latvia and
Lithuania have notified their withdrawal") and "since YEAR" claims on its use, production
and export of the weapons ("has not used, produced or exported them since 1998")."""

import re

from treatywatch.claims.claim import Claim
from treatywatch.claims.names import Mention
from treatywatch.claims.sentence import Sentence

_HEAD = r"^\W*(?:\w+\W+){0,3}?"
# Read in the words after a state's name (or after the last of a list of names), up to the
# next state named. The first that fits wins.
STATUSES = (
    (
        "signed_not_party",
        re.compile(
            _HEAD
            + r"signed\b.{0,40}\b(?:not|yet to)\b.{0,20}\bratif|"
            + _HEAD
            + r"signed and will ratify",
            re.I,
        ),
    ),
    (
        "withdrawal_pending",
        re.compile(
            _HEAD + r"(?:have|has)\s+(?:formally\s+|officially\s+)?notified\b.{0,60}\bwithdraw",
            re.I,
        ),
    ),
    ("never_signed", re.compile(r"^\W*(?:\w+\W+){0,2}?never (?:formally )?signed\b", re.I)),
    (
        "not_signed",
        re.compile(
            _HEAD + r"(?:has|have)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?signed"
            r"|^\W*is not among the \d+ (?:nations|states|countries) that have signed",
            re.I,
        ),
    ),
    (
        "not_party",
        re.compile(
            _HEAD
            + r"(?:is|are|remains?|has|have)\s+(?:still\s+)?(?:not|never|yet to)\s+(?:yet\s+)?(?:a\s+)?"
            r"(?:state\s+part(?:y|ies)|part(?:y|ies)|joined?|ratif(?:ied|y)|acceded?|accede|member)"
            r"|" + _HEAD + r"remains?\s+outside"
            # "have all indicated that they are taking steps to join"
            r"|^\W*(?:\w+\W+){0,6}?(?:taking|taken) steps (?:to|towards) (?:join|ratif|accede|accession)"
            r"|^\W*is one of (?:only |the )?\d+ (?:countries|states|nations) that (?:still )?remain outside",
            re.I,
        ),
    ),
    ("signed", re.compile(r"^\W*\)?\s*(?:have|has|had)?\s*signed the (?:convention|treaty)", re.I)),
    (
        "party",
        re.compile(
            r"^\W*(?:is|are|became|has become|have become)\s+(?:a\s+)?state\s+part(?:y|ies)\b"
            r"|^\s*,\s+(?:the|a)\s+State\s+Party\b"  # "the Netherlands, the State Party that"
            r"|^\W*deposited (?:its|their) instruments? of (?:ratification|accession)\b"
            r"|^\W*is one of (?:the\s+)?\d+ (?:countries|states|nations)(?!.{0,30}\b(?:outside|not))",
            re.I,
        ),
    ),
)
# Read in the words before a list when the words after it say nothing: a status, then
# "including", "such as" or a colon ("45 countries have not yet joined, including ...: China,
# Cuba"), or a noun just before the names ("in States Parties Afghanistan and Colombia").
LEAD_STATUSES = (
    (
        "signed_not_party",
        re.compile(r"\bsigned\b[^;]{0,40}?\b(?:not|yet to)\b[^;]{0,20}?\bratif", re.I),
    ),
    (
        "not_party",
        re.compile(
            r"\bnot\s+(?:yet\s+)?(?:a\s+)?(?:state\s+)?part(?:y|ies)\b|\bremain(?:s|ing)?\s+outside"
            r"|\b(?:have|has)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:joined|ratified|acceded)"
            r"|\byet to (?:join|ratify|accede)\b|\bnon-?(?:states?\s+)?part(?:y|ies)\b",
            re.I,
        ),
    ),
    (
        "party",
        re.compile(
            r"\bstates?\s+part(?:y|ies)\b|\b(?:is|are)\s+(?:a\s+)?part(?:y|ies)\b"
            r"|\b(?:have|has)\s+(?:already\s+)?(?:joined|ratified|acceded)\b",
            re.I,
        ),
    ),
)
_SENTENCE_GOES_ON = r"(?:[^.;]|\.(?!\s))"  # "the U.S., and": an abbreviation's dot goes on
_LEADS_TO_LIST = re.compile(
    rf"^{_SENTENCE_GOES_ON}{{0,120}}?(?:\bincluding\b|\bsuch as\b|\bnamely\b|:){_SENTENCE_GOES_ON}{{0,100}}$",
    re.I,
)
_THESE = re.compile(r"^\W*(?:These|Those|They)(?:\s+\w+)?\s+(?:include|are)\s*:?\s*$")
_SET_APART = re.compile(
    r"\b(?:except|but not|other than|apart from)\b(?:\s+for)?(?:\s+the)?\s*$", re.I
)
_NOUN_JUST_BEFORE = re.compile(
    r"\b(?:states?|countries|nations)\s+(not\s+)?part(?:y|ies)\s*$"
    r"|\b(?:recent\s+)?(?:ratifications?|accessions?)\s+(?:to\s+the\s+(?:\w+\s+){1,5})?by\s*$",
    re.I,
)
_LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|\(\s*|\)\s*)(?:the\s+)?$")
_CATEGORY = {
    "used": "use",
    "produced": "production",
    "exported": "transfer",
    "transferred": "transfer",
}
_VERBS = r"(?:used|produced|exported|transferred)"
_SINCE = re.compile(
    rf"(?:has|have)\s+not\s+(?:\w+\s+)?({_VERBS}(?:(?:,\s*|,?\s+or\s+|,?\s+and\s+){_VERBS})*)\b[^.;]{{0,60}}?\bsince\s+(?:the\s+)?(\d{{4}})",
    re.I,
)
_LAST = re.compile(
    rf"^\W*(?:\w+\W+){{0,2}}?last\s+({_VERBS})\b[^.;]{{0,60}}?\bin\s+(?:the\s+)?(\d{{4}})", re.I
)


def state_claims(sentence: Sentence) -> list[Claim]:
    claims = []
    for group, after in _lists_with_words_after(sentence):
        claims += _status(sentence, group, after) or _led(sentence, group)
        claims += _since(sentence, group[-1], after)
    return claims


def _lists_with_words_after(sentence: Sentence):
    """Runs of names written as a list ("Estonia, Latvia, and Lithuania"), with the words
    after the last, up to the next state named."""
    mentions = list(sentence.mentions)
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups and _LIST_GLUE.match(sentence.at(groups[-1][-1].end, mention.start)):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    ends = [g[0].start for g in groups[1:]] + [sentence.end]
    for group, end in zip(groups, ends):
        yield group, sentence.at(group[-1].end, end)


def _status(sentence, group, after) -> list[Claim]:
    for status, pattern in STATUSES:
        if match := pattern.search(after):
            last = group[-1]
            claims = [sentence.claim(m.start, m.end, "status", m.iso3, status) for m in group[:-1]]
            end = last.end + match.end()
            return claims + [sentence.claim(last.start, end, "status", last.iso3, status)]
    return []


def _led(sentence, group) -> list[Claim]:
    """ "156 countries are party to the treaty, including Afghanistan and Iraq"; "five
    countries have signed but not ratified: Brunei, ..."; "and states not party India"."""
    lead = sentence.at(sentence.start, group[0].start).rsplit(";", 1)[-1]
    status = _lead_status(lead)
    if status is None and _THESE.match(lead):  # "... 32 States yet to join. These include China"
        said = sentence.tokens.doc.text[max(0, sentence.start - 200) : sentence.start].rstrip()
        said = re.split(r"[.!?]\s", said)[-1]
        status = next((s for s, p in LEAD_STATUSES if p.search(said)), None)
    if status is None:
        return []
    return [sentence.claim(m.start, m.end, "status", m.iso3, status) for m in group]


def _lead_status(lead: str) -> str | None:
    if noun := _NOUN_JUST_BEFORE.search(lead):
        return "not_party" if noun.group(1) else "party"
    if _SET_APART.search(lead):
        return None  # "all NATO members except the United States"
    for status, pattern in LEAD_STATUSES:
        if (found := pattern.search(lead)) and _LEADS_TO_LIST.match(lead[found.end() :]):
            return status
    return None


def _since(sentence, mention, after) -> list[Claim]:
    claims = []
    for number, match in enumerate(_SINCE.finditer(after)):
        if number == 0 and not re.match(r"^\W*(?:\w+\W+){0,3}?(?:has|have)\s+not", after):
            return []  # the first must follow the state's name
        claims += _since_claims(sentence, mention, match, "since")
    if not claims and (match := _LAST.search(after)):
        claims += _since_claims(sentence, mention, match, "last")
    return claims


def _since_claims(sentence, mention, match, shape) -> list[Claim]:
    """One claim per verb: "has not used, produced or exported them since 1998" is three."""
    base = mention.end
    verbs = list(re.finditer(_VERBS, match.group(1), re.I))
    year = int(match.group(2))
    claims = []
    for i, verb in enumerate(verbs):
        start = base + match.start(1) + verb.start() if i else base + match.start()
        if i == 0 and match.start() < 30:
            start = mention.start  # "The US has not used ...": the claim starts with the name
        end = base + match.end() if i == len(verbs) - 1 else base + match.start(1) + verb.end()
        category = _CATEGORY[verb.group().lower()]
        claims.append(
            sentence.claim(start, end, "since", mention.iso3, year, detail=f"{category}:{shape}")
        )
    return claims
