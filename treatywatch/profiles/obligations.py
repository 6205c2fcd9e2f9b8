"""A State Party's deadlines in words, with the facts each one rests on.

A deadline follows from the date of consent (Art. 17 entry into force, then Arts. 4, 5,
7 / CCM Arts. 3, 4, 7); an extension or a completion adds its own source.
"""

from collections.abc import Sequence
from datetime import date

from treatywatch.profiles.date_words import day_words
from treatywatch.profiles.facts import ActionFact, Citation, ComplianceFact, ExtensionFact
from treatywatch.treaties import Deadline

PASSED_UNKNOWN = "due date passed — the record does not say whether it was met"


def deadline_state_words(deadline: Deadline, as_of: date) -> str:
    """ "upcoming", "met on 3 May 2005", or that the record does not know."""
    state = deadline.state_on(as_of)
    if state == "met":
        return (
            f"met on {day_words(deadline.met_on)}" if deadline.met_on else "met (date not recorded)"
        )
    return "upcoming" if state == "upcoming" else PASSED_UNKNOWN


def deadline_sources(
    deadline: Deadline,
    treaty: str,
    as_of: date,
    actions: Sequence[ActionFact],
    extensions: Sequence[ExtensionFact],
    completions: Sequence[ComplianceFact],
) -> list[Citation]:
    """The sources of the consent it runs from, the extension that set it and the completion."""
    consent = [a.source for a in actions if a.treaty == treaty and a.action == "consent"]
    extension = _extension(deadline, treaty, as_of, extensions)
    completion = _completion(deadline, treaty, as_of, completions)
    return consent + [fact.source for fact in (extension, completion) if fact is not None]


def _extension(deadline: Deadline, treaty: str, as_of: date, extensions) -> ExtensionFact | None:
    # MBT Art. 5(3) / CCM Arts. 3(3), 4(5): the latest decision taken by the day sets the deadline.
    if not deadline.extended:
        return None
    granted = [
        e
        for e in extensions
        if e.treaty == treaty and e.article == deadline.article and e.granted_on <= as_of
    ]
    return max(granted, key=lambda extension: extension.granted_on, default=None)


def _completion(deadline: Deadline, treaty: str, as_of: date, completions) -> ComplianceFact | None:
    if deadline.state_on(as_of) != "met":
        return None
    matching = [
        c
        for c in completions
        if c.treaty == treaty
        and c.obligation == deadline.obligation
        and (c.period == deadline.period or deadline.obligation != "annual_report")
    ]
    return matching[0] if matching else None
