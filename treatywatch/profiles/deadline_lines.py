"""One obligation's deadline as a sentence, coloured by where it stands.

Red ("missed") only where a source says so; a passed deadline the record knows nothing
about is grey ("unknown"), never red.
"""

from datetime import date

from treatywatch.profiles.date_words import day_words, partial_date_words
from treatywatch.profiles.obligations import when_words
from treatywatch.treaties import Deadline

_NOTHING_OWED = {
    "stockpile_destruction": "Not applicable: no stockpile was declared.",
    "clearance": "Not applicable: no mined or contaminated areas were reported.",
}


def deadline_sentence(deadline: Deadline, as_of: date) -> str:
    """ "Due 1 March 2007; completed in 2006." and the like, from the facts known by `as_of`."""
    state = deadline.state_on(as_of)
    due = partial_date_words(deadline.due_text)
    if state in ("met", "met_late"):
        return _met(deadline, as_of, state, due) + _original_missed(deadline, as_of)
    if state == "missed":
        return f"Due {due}; missed: {_missed_words(deadline, as_of)}."
    owed = _OTHER_STATES[state](deadline, due) + _reported(deadline, as_of, state)
    return owed + _original_missed(deadline, as_of)


# Arts. 4 and 5 apply to a state that holds a stockpile or mined areas: a source saying it
# reported them says why the deadline is owed, though not whether it was met.
_REPORTED = {
    "stockpile_destruction": "A stockpile was declared",
    "clearance": "Contaminated areas were reported",
}


def _reported(deadline: Deadline, as_of: date, state: str) -> str:
    reported = deadline.finding_on(as_of, "reported")
    words = _REPORTED.get(deadline.obligation)
    if reported is None or words is None or state == "not_applicable":
        return ""
    when = when_words(reported.first_day, reported.last_day)
    return f" {words}{' ' + when if when else ''}."


def _original_missed(deadline: Deadline, as_of: date) -> str:
    # Art. 5(3): a deadline missed and then extended; the extended one is judged on its own.
    missed = deadline.finding_on(as_of, "missed")
    if not deadline.extended or missed is None or deadline.original_due is None:
        return ""
    return (
        f" A source records the original deadline ({day_words(deadline.original_due)}) as not met."
    )


def _met(deadline: Deadline, as_of: date, state: str, due: str) -> str:
    met = deadline.met_on(as_of)
    when = when_words(met.first_day, met.last_day) if met else ""
    when = when or "(the record does not date it)"
    dated_after = met is not None and deadline.after_due(met)
    if state == "met_late" and not dated_after:
        # Late only because a source says it was missed: say both, as the sources do.
        return f"Due {due}; completed {when}, though a source records the deadline as missed."
    if state == "met" and dated_after:
        # Art. 5(3): not known to be late; a further grant or an earlier finish may be missing.
        return (
            f"Due {due}; completed {when}. The record holds no later extension and no source "
            "saying the deadline was missed."
        )
    late = " after the due date" if state == "met_late" else ""
    return f"Due {due}; completed{late} {when}."


def _missed_words(deadline: Deadline, as_of: date) -> str:
    missed = deadline.finding_on(as_of, "missed")
    when = when_words(missed.first_day, missed.last_day) if missed else ""
    if not when:
        return "a source records it not met"
    return f"a source records it still not met {when}"


_OTHER_STATES = {
    "in_progress": lambda d, due: f"Extended; now due {due}.",
    "upcoming": lambda d, due: f"Due {due}.",
    "not_applicable": lambda d, due: _NOTHING_OWED.get(d.obligation, "Not applicable."),
    "unknown": lambda d, due: f"Due {due}; the record does not say whether it was met.",
}
