"""A State Party's deadlines in words, with the facts each one rests on.

A deadline follows from the date of consent (Art. 17 entry into force, then Arts. 4, 5,
7 / CCM Arts. 3, 4, 7); each extension and each finding (met, not applicable, missed)
adds its own source.
"""

from collections.abc import Mapping, Sequence
from datetime import date

from treatywatch.profiles.date_words import partial_date_words
from treatywatch.profiles.facts import ActionFact, Citation, ComplianceFact, ExtensionFact
from treatywatch.treaties import Deadline
from treatywatch.treaties.deadline import DEADLINE_STATE_WORDS, period_text

# What "not applicable" means for each obligation that can be: nothing to destroy or clear.
_NOTHING_OWED = {
    "stockpile_destruction": "not applicable: no stockpile declared",
    "clearance": "not applicable: no contaminated areas reported",
}


def deadline_state_words(deadline: Deadline, as_of: date) -> str:
    """Where the obligation stands on `as_of`, in a phrase for the profile's table."""
    state = deadline.state_on(as_of)
    met = deadline.met_on(as_of)
    if state in ("met", "met_late"):
        when = when_words(met.first_day, met.last_day) if met else ""
        late = " after the due date" if state == "met_late" else ""
        return f"met{late}{' ' + when if when else ' (date not recorded)'}"
    if state == "in_progress":
        return f"extended to {partial_date_words(deadline.due_text)}; not yet due"
    if state == "not_applicable":
        return _NOTHING_OWED.get(deadline.obligation, DEADLINE_STATE_WORDS[state])
    return DEADLINE_STATE_WORDS[state]


def when_words(first: date | None, last: date | None) -> str:
    """ "on 2 May 2006", "in March 2008", "in 2006": as precisely as the source dates it."""
    known = period_text(first, last)
    if known is None:
        return ""
    return f"{'on' if len(known) == 10 else 'in'} {partial_date_words(known)}"


def deadline_sources(
    deadline: Deadline,
    treaty: str,
    as_of: date,
    actions: Sequence[ActionFact],
    extensions: Sequence[ExtensionFact],
    completions: Sequence[ComplianceFact],
) -> list[Citation]:
    """The sources of the consent it runs from, of each extension granted by `as_of` and of
    each finding known by then, each once."""
    cited = {fact.source.id: fact.source for fact in (*extensions, *completions)}
    return deadline_sources_by_id(deadline, treaty, as_of, actions, cited)


def deadline_sources_by_id(
    deadline: Deadline,
    treaty: str,
    as_of: date,
    actions: Sequence[ActionFact],
    citations: Mapping[str, Citation],
) -> list[Citation]:
    """The same, the extensions' and findings' sources looked up by id in `citations`: a
    page that lists deadlines of many states needs only the sources of those it lists."""
    consent = [a.source for a in actions if a.treaty == treaty and a.action == "consent"]
    used = dict.fromkeys(source_ids_used(deadline, as_of))
    return consent + [citations[source_id] for source_id in used if source_id in citations]


def source_ids_used(deadline: Deadline, as_of: date) -> list[str]:
    """The sources of the extensions granted by `as_of` and of the findings known by then."""
    used = [e.source_id for e in deadline.extensions if e.granted_on <= as_of]
    return used + [f.source_id for f in deadline.findings if f.known_by(as_of)]
