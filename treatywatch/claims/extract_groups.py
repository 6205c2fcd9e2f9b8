"""Claims about a group of states: "every other member of NATO is a State Party", "the United
States is the lone holdout among NATO countries", "24 NATO member states have joined", "36 out of
54 African States have ratified"; groups are the checker's sourced memberships and the UN regions."""

import re

from treatywatch.claims.claim import Claim
from treatywatch.claims.names import Mention
from treatywatch.claims.sentence import Sentence

GROUPS = (
    ("nato", re.compile(r"\bNATO\b|North Atlantic Treaty Organi[sz]ation")),
    ("eu", re.compile(r"\bEU\b|European Union")),
    ("g7", re.compile(r"\bG-?7\b|Group of Seven")),
    ("p5", re.compile(r"\bP-?5\b|permanent members of the (?:UN )?Security Council", re.I)),
)
REGIONS = (
    (
        "americas",
        re.compile(
            r"\bWestern Hemisphere\b|\bthe Americas\b|\bAmerican (?:state|nation|countr)", re.I
        ),
    ),
    ("europe", re.compile(r"\bEuropean (?:nation|state|countr)|\bin Europe\b", re.I)),
    ("africa", re.compile(r"\bAfrican (?:State|nation|countr)", re.I)),
    ("asia", re.compile(r"\bAsian (?:State|nation|countr)", re.I)),
    ("latin_america", re.compile(r"\bLatin America\b", re.I)),
    ("oceania", re.compile(r"\bPacific\b|\bOceania\b", re.I)),
    # "the only country in the region": the region of the state it names (judged then)
    ("region_of", re.compile(r"\bthe region\b", re.I)),
)
_ALL_PARTY = re.compile(
    r"\b(?:every|all|each)\b(?:\s+\S+){0,16}?\s+(?:is|are|has|have)\s+(?:a\s+|now\s+|fully\s+)*"
    r"(?:state\s+part|part(?:y|ies)|joined|members? of the|bound\b|done this|on board|fore?sworn)"
    r"|\b(?:all|every)\b[\w\s]{0,30}\bexcept\b|\ball of which have joined\b",
    re.I,
)
# "Every other member", "the rest of its allies": the state the text spoke of is set apart.
_OTHER = re.compile(r"\bother\b|\brest of\b|\ballies\b|\bexcept\b", re.I)
# Where the states said to be the only ones stand: inside the words, or named just before.
_ONLY = (
    (
        re.compile(
            r"\bonly\s+(?:the\s+)?(.{3,90}?)\s+(?:(?:is|are)\s+not\s+(?:a\s+)?(?:state\s+)?part"
            r"|(?:have|has)\s+not\s+(?:yet\s+)?(?:ratified|acceded|joined))",
            re.I,
        ),
        "inside",
    ),
    (re.compile(r"\b[Oo]nly (?:the\s+)?(.{3,60}?)\s+remains?\s+outside\b"), "inside"),
    (re.compile(r"\bis the (?:lone|only) (?:holdout|hold-out|one)\b", re.I), "before"),
    (re.compile(r"\bthe only \w+ (?:nation|state|country) not to have\b", re.I), "before"),
    (
        re.compile(
            r"\bthe only (?:country|state|nation) in the region yet to (?:accede|join)\b", re.I
        ),
        "before",
    ),
    (
        re.compile(
            r"\bthe last (?:remaining )?(?:country|state|nation) in .{3,40}? (?:still )?remaining outside\b",
            re.I,
        ),
        "before",
    ),
)
_FIRST_ACCESSION = re.compile(r"\bbecame the first (?:country|state|nation) to accede\b", re.I)
_LAST_ACCESSION = re.compile(
    r"\bthe last (?:country|state|nation) to accede to the (?:convention|treaty)\b", re.I
)
_GROUP_COUNT = re.compile(r"\b(\d{1,3}) (NATO|European Union|EU) member states\b")
_REGION_COUNT = re.compile(
    r"\b(\d{1,3}) out of (?:a total of )?\d{1,3} (African|European|Asian|American) States have (?:either )?(?:ratified|acceded|joined)",
    re.I,
)


def group_claims(sentence: Sentence) -> list[Claim]:
    return _all_party(sentence) + _only(sentence) + _group_counts(sentence)


def _group_of(text: str) -> tuple[str, re.Match] | tuple[None, None]:
    for group, pattern in GROUPS + REGIONS:
        if found := pattern.search(text):
            return group, found
    return None, None


def _all_party(sentence) -> list[Claim]:
    group, found = _group_of(sentence.text)
    if group is None or not _ALL_PARTY.search(sentence.text):
        return []
    start = sentence.start + found.start()
    # Set apart: the states the sentence names; for "other", "allies", "except", also the
    # member of the group named last before (the judge picks it: membership is dated).
    excluded = ",".join(sorted({m.iso3 for m in sentence.mentions}))
    if _OTHER.search(sentence.text) and sentence.earlier:
        excluded += "|" + ",".join(m.iso3 for m in reversed(sentence.earlier))
    return [
        sentence.claim(start, start + len(found.group()), "group", group, "party", detail=excluded)
    ]


def _only(sentence) -> list[Claim]:
    for pattern, where in _ONLY:
        if match := pattern.search(sentence.text):
            # The group may be named just before: "#MineFreePacific. Only Micronesia remains outside"
            context = sentence.tokens.doc.text[max(0, sentence.start - 160) : sentence.start]
            group, _ = _group_of(sentence.text)
            group = group or _group_of(context)[0]
            states = _only_states(sentence, match, where)
            if group and states:
                start = min(sentence.start + match.start(), min(m.start for m in states))
                end = sentence.start + match.end()
                value = ",".join(sorted({m.iso3 for m in states}))
                return [sentence.claim(start, end, "only", group, value)]
    for subject, pattern in (("accession", _FIRST_ACCESSION), ("last_accession", _LAST_ACCESSION)):
        match = pattern.search(sentence.text)
        state = match and sentence.last_state_before(sentence.start + match.start())
        if state:
            start, end = (
                min(state.start, sentence.start + match.start()),
                sentence.start + match.end(),
            )
            return [sentence.claim(max(start, sentence.start), end, "only", subject, state.iso3)]
    return []


def _only_states(sentence, match, where) -> list[Mention]:
    inside = [
        m
        for m in sentence.mentions
        if sentence.start + match.start() <= m.start < sentence.start + match.end()
    ]
    if where == "inside":
        return inside
    state = sentence.last_state_before(sentence.start + match.start())
    return [state] if state else []


def _group_counts(sentence) -> list[Claim]:
    claims = []
    for match in _GROUP_COUNT.finditer(sentence.text):
        group = "nato" if match.group(2) == "NATO" else "eu"
        start, end = sentence.start + match.start(), sentence.start + match.end()
        claims.append(sentence.claim(start, end, "group_count", group, int(match.group(1))))
    for match in _REGION_COUNT.finditer(sentence.text):
        region = {
            "african": "africa",
            "european": "europe",
            "asian": "asia",
            "american": "americas",
        }
        start, end = sentence.start + match.start(), sentence.start + match.end()
        claims.append(
            sentence.claim(
                start, end, "region_count", region[match.group(2).lower()], int(match.group(1))
            )
        )
    return claims
