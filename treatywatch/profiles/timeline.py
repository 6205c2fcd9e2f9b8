"""Every dated item of a profile on one line: treaty actions, the dates the engine computes
from them (entry into force, effect of a withdrawal), UNGA votes and events."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from treatywatch.profiles.facts import ActionFact, Citation, EventFact, TreatyFacts, VoteFact
from treatywatch.profiles.merging import Sentence
from treatywatch.profiles.voting_record import LATEST_VOTE, short_resolution_name
from treatywatch.treaties import consent_type_named


@dataclass(frozen=True)
class TimelineEntry:
    """`date` is a partial ISO date ("2014-09-23", "1998-05", "1991") known by `date_end`."""

    date: str
    date_start: date
    date_end: date
    label: str
    text: str
    sources: tuple[Citation, ...]


def timeline(entries: Iterable[TimelineEntry], as_of: date) -> list[TimelineEntry]:
    """The entries known by `as_of`, oldest first."""
    known = [entry for entry in entries if entry.date_end <= as_of]
    return sorted(known, key=lambda entry: (entry.date_start, entry.date_end, entry.text))


def action_entries(
    actions: Iterable[ActionFact], treaty_names: dict[str, str]
) -> list[TimelineEntry]:
    """The depositary's record of the state's signatures, consents and withdrawal notices."""
    return [_action_entry(action, treaty_names[action.treaty]) for action in actions]


def computed_entries(
    facts: TreatyFacts, actions: Sequence[ActionFact], name: str
) -> list[TimelineEntry]:
    """Entry into force (Art. 17) and the effect of a withdrawal (Art. 20), as computed;
    `name` is the state's name as it reads inside a sentence."""
    entries = (_entry_into_force(facts, actions, name), _withdrawal_effect(facts, actions))
    return [entry for entry in entries if entry is not None]


def _entry_into_force(
    facts: TreatyFacts, actions: Sequence[ActionFact], name: str
) -> TimelineEntry | None:
    treaty, day = facts.treaty, facts.standing.in_force_from
    if day is None:
        return None
    text = (
        f"The {treaty.short_name} entered into force for {name} "
        f"(Art. {treaty.entry_into_force_article}, computed from the date of deposit)."
    )
    return _day_entry(day, treaty.short_name, text, _sources(actions, treaty.code, "consent"))


def _withdrawal_effect(facts: TreatyFacts, actions: Sequence[ActionFact]) -> TimelineEntry | None:
    treaty, day = facts.treaty, facts.standing.withdrawal_effective
    if day is None:
        return None
    text = (
        f"Withdrawal from the {treaty.short_name} took effect "
        f"(Art. {treaty.withdrawal_article}, computed from the notice)."
    )
    return _day_entry(
        day, treaty.short_name, text, _sources(actions, treaty.code, "withdrawal_notice")
    )


def vote_entries(
    votes: Iterable[VoteFact], told: Mapping[tuple, Sequence[EventFact]] | None = None
) -> list[TimelineEntry]:
    """One line per pro-ban UNGA resolution: the state's vote and the recorded totals,
    citing too the events `told` about that vote (by treaty and adoption day)."""
    entries = []
    for vote in votes:
        entry = _vote_entry(vote)
        also = (told or {}).get((vote.treaty, entry.date), ()) if vote.vote else ()
        entries.append(replace(entry, sources=entry.sources + tuple(e.source for e in also)))
    return entries


def event_entries(groups: Iterable[Sequence[Sentence]]) -> list[TimelineEntry]:
    """One line per group of events of one date, kind and treaty (`merging`)."""
    return [_event_entry(group) for group in groups]


def _event_entry(group: Sequence[Sentence]) -> TimelineEntry:
    e = group[0].event
    text = " ".join(sentence.event.text for sentence in group)
    sources = tuple(dict.fromkeys(c for sentence in group for c in sentence.sources))
    return TimelineEntry(e.date, e.date_start, e.date_end, e.category.capitalize(), text, sources)


def _action_entry(action: ActionFact, treaty_name: str) -> TimelineEntry:
    if action.action == "withdrawal_notice":
        text = f"Notified its withdrawal from the {treaty_name} (the day the depositary received the notice)."
    elif action.action == "signature":
        text = f"Signed the {treaty_name}."
    else:
        verb = consent_type_named(action.consent_type).verb_with_treaty
        text = f"{verb.capitalize()} the {treaty_name}."
    return _day_entry(action.date, treaty_name, text, (action.source,))


def _vote_entry(vote: VoteFact) -> TimelineEntry:
    name = short_resolution_name(vote.symbol, vote.year)
    tally = (
        f" (adopted by {vote.totals[0]} votes to {vote.totals[1]}, with {vote.totals[2]} abstentions)"
        if None not in vote.totals
        else ""
    )
    subject = " on the Convention on Cluster Munitions" if vote.treaty == "ccm" else ""
    text = f"{LATEST_VOTE[vote.vote]} {name}{subject}{tally}."
    sources = (vote.source,) + ((vote.date_source,) if vote.date_source else ())
    if vote.adopted_on:
        return _day_entry(vote.adopted_on, "UNGA vote", text, sources)
    # Known only to its year: it counts from the end of that year, like an event.
    year_start, year_end = date(vote.year, 1, 1), date(vote.year, 12, 31)
    return TimelineEntry(str(vote.year), year_start, year_end, "UNGA vote", text, sources)


def _day_entry(day: date, label: str, text: str, sources: Sequence[Citation]) -> TimelineEntry:
    return TimelineEntry(day.isoformat(), day, day, label, text, tuple(sources))


def _sources(actions: Sequence[ActionFact], treaty: str, kind: str) -> tuple[Citation, ...]:
    return tuple(a.source for a in actions if a.treaty == treaty and a.action == kind)
