"""Facts that say the same thing from several sources read once, with every source cited.

Events of one day (or month, or year), kind and treaty are one item of a profile. Within
it, a sentence that another begins with says nothing the other does not: it is dropped and
its source cited by the longer one ("The United States last used antipersonnel mines in the
1991 Gulf War." within "... in the 1991 Gulf War, in Iraq and Kuwait, ..."); the same
sentence from two sources is one sentence with two footnotes. An event about a UNGA vote
that the voting record already states (the state's vote on a resolution adopted that day)
is told by the vote itself.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from treatywatch.profiles.facts import Citation, EventFact, VoteFact


@dataclass(frozen=True)
class Sentence:
    """One event's text, cited by its own source and those of the events it covers."""

    event: EventFact
    covered: tuple[EventFact, ...] = ()

    @property
    def sources(self) -> tuple[Citation, ...]:
        return (self.event.source, *(event.source for event in self.covered))


def same_fact_groups(events: Iterable[EventFact]) -> list[list[Sentence]]:
    """The events grouped by date, kind and treaty, in the order given, as sentences."""
    groups: dict[tuple, list[EventFact]] = {}
    for event in events:
        groups.setdefault((event.date, event.category, event.treaty), []).append(event)
    return [_sentences(group) for group in groups.values()]


def _sentences(group: list[EventFact]) -> list[Sentence]:
    kept: list[Sentence] = []
    for event in sorted(group, key=lambda e: -len(_words(e.text))):
        found = next((i for i, s in enumerate(kept) if _begins(s.event.text, event.text)), None)
        if found is None:
            kept.append(Sentence(event))
        else:
            kept[found] = Sentence(kept[found].event, (*kept[found].covered, event))
    order = {event.id: n for n, event in enumerate(group)}
    return sorted(kept, key=lambda sentence: order[sentence.event.id])


def _begins(longer: str, shorter: str) -> bool:
    """Whether `longer` begins with all of `shorter`'s words, its full stop aside."""
    whole, start = _words(longer), _words(shorter)
    return whole[: len(start)] == start


def _words(text: str) -> list[str]:
    return text.rstrip(". ").replace(",", " ,").casefold().split()


def vote_events_stated(events: Iterable[EventFact], votes: Sequence[VoteFact]) -> dict:
    """The events about a vote the record holds, by that vote's (treaty, adoption day)."""
    days = {(v.treaty, v.adopted_on.isoformat()) for v in votes if v.vote and v.adopted_on}
    stated: dict[tuple, list[EventFact]] = {}
    for event in events:
        if event.category == "vote" and (event.treaty, event.date) in days:
            stated.setdefault((event.treaty, event.date), []).append(event)
    return stated
