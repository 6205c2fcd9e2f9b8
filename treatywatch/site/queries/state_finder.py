"""From what a reader types in the header's box to a state: its name, another name of it
("Burma", "Ivory Coast", "DPRK"), its code ("ukr"), or any of these misspelt ("ukriane").

Pure: the states and their other names are given (profiles/aliases.py has the sourced list);
rapidfuzz scores the near misses."""

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

MAX_LENGTH = 100
# A name scoring this high, and this far ahead of any other state's, is the one meant.
CONFIDENT_SCORE = 85
CONFIDENT_LEAD = 8
# Below this a name is not worth suggesting.
SUGGESTION_SCORE = 60
SUGGESTIONS = 8
# Shorter than this, a text is taken only as a code or a name written out in full:
# "us" is the United States, not every name with a "u" and an "s" in it.
SHORTEST_FUZZY = 4


@dataclass(frozen=True)
class Suggestion:
    iso3: str
    name: str
    matched: str  # the name or other name that matched, as written in the list


@dataclass(frozen=True)
class Finding:
    found: str | None  # the ISO3 code of the state meant, when it is clear
    suggestions: tuple[Suggestion, ...]


def plain(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces, no leading "the"."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c)).replace(".", "")
    words = utils.default_process(letters).split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def find_state(text: str, names: dict[str, str], aliases: dict[str, tuple[str, ...]]) -> Finding:
    """The state `text` names, or the states it might name, best first.

    `names`: each state's name by ISO3 code; `aliases`: its other names by ISO3 code."""
    query = plain(text)
    if not query:
        return Finding(None, ())
    choices = _choices(names, aliases)
    if query.upper() in names:
        return Finding(query.upper(), ())
    exact = {iso3 for key, (iso3, _) in choices.items() if key == query}
    if len(exact) == 1:
        return Finding(exact.pop(), ())
    if len(query) < SHORTEST_FUZZY:
        return Finding(None, _prefixed(query, choices, names))
    scored = process.extract(
        query, list(choices), scorer=_score, limit=None, score_cutoff=SUGGESTION_SCORE
    )
    best: dict[str, tuple[float, str]] = {}
    for key, score, _ in scored:
        iso3, written = choices[key]
        if iso3 not in best or score > best[iso3][0]:
            best[iso3] = (score, written)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], names[item[0]]))
    suggestions = tuple(Suggestion(iso3, names[iso3], written) for iso3, (_, written) in ranked)
    if ranked and _confident(ranked):
        return Finding(ranked[0][0], suggestions[:SUGGESTIONS])
    return Finding(None, suggestions[:SUGGESTIONS])


def _score(query: str, name: str, **_) -> float:
    """Misspelt ("ukriane"), or part of a longer name ("Korea", "Congo"); never a short
    name found inside a longer query ("UK" in "ukriane")."""
    return max(fuzz.ratio(query, name), fuzz.token_set_ratio(query, name))


def _choices(names, aliases) -> dict[str, tuple[str, str]]:
    """Each plain name -> (ISO3 code, the name as written)."""
    choices = {}
    for iso3, name in names.items():
        for written in (name, *aliases.get(iso3, ())):
            choices.setdefault(plain(written), (iso3, written))
    return choices


def _confident(ranked) -> bool:
    top = ranked[0][1][0]
    runner_up = ranked[1][1][0] if len(ranked) > 1 else 0
    return top >= CONFIDENT_SCORE and top - runner_up >= CONFIDENT_LEAD


def _prefixed(query, choices, names) -> tuple[Suggestion, ...]:
    seen: dict[str, Suggestion] = {}
    for key, (iso3, written) in sorted(choices.items()):
        if iso3 not in seen and any(word.startswith(query) for word in key.split()):
            seen[iso3] = Suggestion(iso3, names[iso3], written)
    return tuple(sorted(seen.values(), key=lambda s: s.name))[:SUGGESTIONS]
