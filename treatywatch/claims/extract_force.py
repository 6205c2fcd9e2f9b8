"""The treaty's entry into force: "entered into force on 1 March 1999", "will enter into force
on 1 August" (the next 1 August after the document's date), "today welcomed the entry into
force", "15 years since the treaty entered into force", "the fourteenth anniversary of the
entry into force"."""

import re

from treatywatch.claims.claim import Claim
from treatywatch.claims.dates import YEAR, dates_in
from treatywatch.claims.extract_meetings import ORDINALS
from treatywatch.claims.numbers import parse_number
from treatywatch.claims.sentence import Sentence

# "enter into force for Poland", "in Japan": a state's entry into force, not the treaty's.
IN_A_PLACE = r"in(?=\s+(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?-i:[A-Z]))"
FORCE = re.compile(
    rf"\b(?:ent(?:ered|ry|ers?)|came|come) into force\b(?!\s+(?:for\b|{IN_A_PLACE}))"
    r"|\bbecame binding international law\b",
    re.I,
)
_UPCOMING = re.compile(r"\b(?:will|to|shall)\s+$", re.I)
_TODAY = re.compile(r"\btoday\b", re.I)
# "within four years after the entry into force of this Convention for that State Party": a
# deadline the treaty sets, not a date.
_DEADLINE = re.compile(r"\b(?:within|later than|until|up to|after)\s+$", re.I)
_FOR_A_STATE = re.compile(r"^(?:\s+of\s+(?:this|the)\s+\w+)?\s+for\b", re.I)
_AGO = re.compile(
    r"\b(\w+)\s+(?:years?\s+(?:since|after)|anniversary(?:\s+on\s+[^,]{3,20}?)?\s+of)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:ent(?:ered|ry)|came) into force\b",
    re.I,
)


def entry_into_force_claims(sentence: Sentence) -> list[Claim]:
    found, year = _AGO.search(sentence.text), None
    if found:
        year = _anniversary_of(sentence, found)
    if year is None:  # "every year since it came into force in March 1999"
        found = FORCE.search(sentence.text)
        year = _year_after(sentence, found) if found else None
    if year is None:
        return []
    start, end = sentence.start + found.start(), sentence.start + found.end()
    return [sentence.claim(start, max(end, year[1]), "entry_into_force", "treaty", year[0])]


def _year_after(sentence, found) -> tuple[int, int] | None:
    """The year given just after the words, else that of an upcoming day, else today's."""
    rest, before = sentence.text[found.end() :], sentence.text[: found.start()]
    end, on = sentence.start + found.end(), sentence.on
    if (year := YEAR.search(rest)) and year.start() <= 40:
        return int(year.group(1)), end + year.end()
    day = next((d for d in dates_in(rest[:60], end) if d.day and d.month), None)
    if day and day.year:
        return day.year, day.end
    upcoming = _UPCOMING.search(before[-8:]) or found.group().lower().startswith("enters")
    if on and upcoming and day:
        return (on.year if (day.month, day.day) >= (on.month, on.day) else on.year + 1), day.end
    if on and _TODAY.search(before[-40:]):
        return on.year, end
    return None


def _anniversary_of(sentence, ago) -> tuple[int, int] | None:
    """ "March 1, 2014 marks 15 years since ...": the years counted back from the date said
    before, else from the document's date."""
    if _DEADLINE.search(sentence.text[: ago.start()]) or _FOR_A_STATE.match(
        sentence.text[ago.end() :]
    ):
        return None
    word = ago.group(1).lower()
    count = ORDINALS.index(word) + 1 if word in ORDINALS else _count(word)
    years = [int(y.group(1)) for y in YEAR.finditer(sentence.text[: ago.start()])]
    anchor = years[-1] if years else (sentence.on.year if sentence.on else None)
    if not count or anchor is None:
        return None
    return anchor - count, sentence.start + ago.end()


def _count(word: str) -> int | None:
    return int(re.match(r"\d+", word).group()) if word[:1].isdigit() else parse_number(word)
