"""Key developments chosen by rule, as the Monitor's overview chooses them: treaty actions,
votes that changed, new use or transfer, policy changes, deadlines met or missed and extensions
granted, within the last years before the day asked about, newest first."""

from dataclasses import dataclass, replace
from datetime import date

from treatywatch.dataset.partial_date import PartialDate
from treatywatch.profiles.date_words import partial_date_words
from treatywatch.profiles.facts import Citation, ProfileFacts
from treatywatch.profiles.meeting_names import meeting_words
from treatywatch.profiles.state_names import name_in_sentence
from treatywatch.profiles.voting_record import short_resolution_name
from treatywatch.treaties import consent_type_named

YEARS = 5
LIMIT = 6
# Art. 1 bans use and transfer alike: a new transfer is as much a step as a new use.
EVENT_KINDS = {
    "use": "new use",
    "transfer": "new transfer",
    "policy": "policy",
    "legislation": "policy",
}
_VOTE = {
    "yes": "voted in favour of",
    "no": "voted against",
    "abstain": "abstained on",
    "absent": "was absent from the vote on",
}
_FINDING = {
    ("stockpile_destruction", "completed"): "completed the destruction of its stockpile",
    ("stockpile_destruction", "missed"): "had missed its stockpile destruction deadline",
    ("clearance", "completed"): "completed clearance of its mined areas",
    ("clearance", "missed"): "had missed its clearance deadline",
    ("initial_report", "completed"): "submitted its initial transparency report",
    ("initial_report", "missed"): "had missed the deadline of its initial transparency report",
}


@dataclass(frozen=True)
class Development:
    """One development: `day` orders it (the last day a partial `date` names)."""

    date: str
    day: date
    kind: str
    text: str
    sources: tuple[Citation, ...]


def key_developments(facts: ProfileFacts, names: dict[str, str]) -> list[Development]:
    """The developments of the `YEARS` years up to `facts.as_of`, newest first, at most LIMIT."""
    start = facts.as_of.replace(year=facts.as_of.year - YEARS)
    found = _told_once(_actions(facts, names), _events(facts)) + _votes(facts, names)
    found += _computed(facts) + _deadlines(facts, names)
    recent = [d for d in found if start < d.day <= facts.as_of]
    return sorted(recent, key=lambda d: (d.day, d.kind), reverse=True)[:LIMIT]


def _actions(facts: ProfileFacts, names: dict[str, str]) -> list[Development]:
    return [
        Development(a.date.isoformat(), a.date, "treaty", _action_text(a, names), (a.source,))
        for a in facts.actions
    ]


def _told_once(actions: list[Development], events: list[Development]) -> list[Development]:
    """A policy event of the day of a treaty action tells that action: the action's line
    cites its source too, rather than saying it twice."""
    by_day = {action.date: action for action in actions}
    told, kept = {}, []
    for event in events:
        if event.kind == "policy" and event.date in by_day:
            told.setdefault(event.date, []).extend(event.sources)
        else:
            kept.append(event)
    merged = [replace(a, sources=a.sources + tuple(told.get(a.date, ()))) for a in actions]
    return merged + kept


# Art. 17 (entry into force) and Art. 20 (effect of a withdrawal): dates the engine
# computes from the depositary's record, as steps of their own.
def _computed(facts: ProfileFacts) -> list[Development]:
    found = []
    for treaty in facts.treaties:
        code, name = treaty.treaty.code, treaty.treaty.short_name
        standing = treaty.standing
        if standing.in_force_from:
            text = f"The {name} entered into force for {name_in_sentence(facts.name)}."
            found.append(_computed_step(standing.in_force_from, text, facts, code, "consent"))
        if standing.withdrawal_effective:
            text = f"Its withdrawal from the {name} took effect."
            found.append(
                _computed_step(
                    standing.withdrawal_effective, text, facts, code, "withdrawal_notice"
                )
            )
    return found


def _computed_step(day: date, text: str, facts, code: str, action: str) -> Development:
    sources = tuple(a.source for a in facts.actions if (a.treaty, a.action) == (code, action))
    return Development(day.isoformat(), day, "treaty", text, sources)


def _action_text(action, names: dict[str, str]) -> str:
    treaty = f"the {names.get(action.treaty, action.treaty)}"
    if action.action == "signature":
        return f"Signed {treaty}."
    if action.action == "withdrawal_notice":
        return f"Notified the depositary of its withdrawal from {treaty}."
    return f"{consent_type_named(action.consent_type).verb_with_treaty.capitalize()} {treaty}."


_HAD_VOTED = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained"}
# A position is yes, no or abstain; an absence or an unknown vote changes none.
_POSITIONS = ("yes", "no", "abstain")


def _votes(facts: ProfileFacts, names: dict[str, str]) -> list[Development]:
    changes, last = [], {}
    for vote in sorted(facts.votes, key=lambda v: (v.treaty, v.year)):
        if vote.vote not in _POSITIONS:
            continue
        before = last.get(vote.treaty)
        if before and vote.vote != before.vote and vote.adopted_on:
            changes.append(_vote_change(vote, before, names))
        last[vote.treaty] = vote
    return changes


def _vote_change(vote, before, names: dict[str, str]) -> Development:
    """`before`: the vote of the last year the state took a position."""
    name = short_resolution_name(vote.symbol, vote.year)
    treaty = names.get(vote.treaty, vote.treaty)
    # A year whose vote is not known may lie between: then the year is named.
    when = "the year before" if before.year == vote.year - 1 else f"in {before.year}"
    text = (
        f"{_VOTE[vote.vote].capitalize()} {name} on the {treaty}, having "
        f"{_HAD_VOTED[before.vote]} {when}."
    )
    day = vote.adopted_on
    return Development(day.isoformat(), day, "vote", text, (vote.source,))


def _events(facts: ProfileFacts) -> list[Development]:
    return [
        Development(e.date, e.date_end, EVENT_KINDS[e.category], e.text, (e.source,))
        for e in facts.events
        # Events about neither treaty (other instruments, such as the CCW) are not key here.
        if e.category in EVENT_KINDS and e.treaty
    ]


def _deadlines(facts: ProfileFacts, names: dict[str, str]) -> list[Development]:
    found = [_finding(c, names) for c in facts.completions if c.date]
    found += [_extension(e, names) for e in facts.extensions]
    return [d for d in found if d is not None]


def _finding(finding, names: dict[str, str]) -> Development | None:
    words = _FINDING.get((finding.obligation, finding.finding))
    if words is None:
        return None
    text = f"{words.capitalize()} under the {names.get(finding.treaty, finding.treaty)}."
    day = PartialDate.parse(finding.date).last_day
    return Development(finding.date, day, "deadline", text, (finding.source,))


def _extension(extension, names: dict[str, str]) -> Development:
    by = f" by {meeting_words(extension.meeting)}" if extension.meeting else ""
    treaty = names.get(extension.treaty, extension.treaty)
    text = (
        f"Was granted{by} an extension of its Art. {extension.article} deadline under the "
        f"{treaty}, to {partial_date_words(extension.new_deadline)}."
    )
    day = extension.granted_on
    return Development(day.isoformat(), day, "deadline", text, (extension.source,))
