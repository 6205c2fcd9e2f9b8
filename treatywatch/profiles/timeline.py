"""Every dated item of a profile on one line: treaty actions, the dates the engine computes
from them (entry into force, effect of a withdrawal), UNGA votes and events."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from treatywatch.profiles.facts import ActionFact, Citation, EventFact, TreatyFacts, VoteFact
from treatywatch.profiles.merging import Sentence
from treatywatch.profiles.voting_record import (
    EARLIER_VOTE,
    LATEST_VOTE,
    runs,
    short_resolution_name,
    span_words,
    votes_known_by,
)
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
    # A run of votes is cited in one footnote listing every roll call (`sources`), and the
    # events that also tell of those votes each in its own (`also`).
    cited_together: bool = False
    also: tuple[Citation, ...] = ()


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


def vote_run_entries(
    votes: Sequence[VoteFact], as_of: date, told: Mapping[tuple, Sequence[EventFact]]
) -> list[TimelineEntry]:
    """The state's votes known by `as_of`, a line per run of one position (as the voting
    record gives them) rather than a line per year; a lone vote or one not known keeps its
    own line, with the totals."""
    entries = []
    for treaty in dict.fromkeys(vote.treaty for vote in votes):
        known = votes_known_by([v for v in votes if v.treaty == treaty], as_of)
        for run in runs([vote for vote in known if vote.vote is not None]):
            entries.append(_run_entry(run, told) if len(run) > 1 else _told(run[0], told))
        entries += [_vote_entry(vote) for vote in known if vote.vote is None]
    return entries


def _told(vote: VoteFact, told: Mapping[tuple, Sequence[EventFact]]) -> TimelineEntry:
    entry = _vote_entry(vote)
    also = told.get((vote.treaty, entry.date), ())
    return replace(entry, sources=entry.sources + tuple(e.source for e in also))


def _run_entry(run: list[VoteFact], told: Mapping[tuple, Sequence[EventFact]]) -> TimelineEntry:
    first = _told(run[0], told)
    subject = " on the Convention on Cluster Munitions" if run[0].treaty == "ccm" else ""
    text = (
        f"{EARLIER_VOTE[run[0].vote].capitalize()} {span_words(run)} on the pro-ban UNGA "
        f"resolution{subject} ({len(run)} resolutions, the first "
        f"{short_resolution_name(run[0].symbol, run[0].year)})."
    )
    # In the order the voting record cites them, so that both share one footnote.
    sources = tuple(c for vote in run for c in (vote.source, vote.date_source) if c)
    also = tuple(e.source for vote in run for e in told.get(_day_of(vote), ()))
    return replace(
        first, label="UNGA votes", text=text, sources=sources, cited_together=True, also=also
    )


def _day_of(vote: VoteFact) -> tuple:
    return (vote.treaty, vote.adopted_on.isoformat() if vote.adopted_on else str(vote.year))


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
