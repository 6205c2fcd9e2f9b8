"""Art. 7 transparency reporting in a few lines: the initial report's deadline, then the
routine annual reports summarised in one line ("Transparency reports: 17 recorded of 19
due; latest covering 2024"), saying plainly when the record holds no facts about them."""

from treatywatch.profiles.parts import Line


def transparency_lines(context, deadline_line) -> list[Line]:
    """The initial report's line and the annual reports' summary, if any have fallen due."""
    initial = context.deadline("initial_report")
    lines = [_labelled("Initial report", deadline_line(context, initial))] if initial else []
    due = [d for d in context.treaty.deadlines if _annual_due(d, context.facts.as_of)]
    if due:
        lines.append(annual_summary(due, context))
    return lines


def annual_summary(due: list, context) -> Line:
    """One line for the annual reports that have fallen due by the profile's date."""
    as_of = context.facts.as_of
    met = [d for d in due if d.state_on(as_of) in ("met", "met_late")]
    if not any(d.findings for d in due):
        text = (
            f"Annual reports: {len(due)} have fallen due; the record does not yet say "
            "which were submitted."
        )
        return Line(text, state="unknown")
    latest = max(d.period for d in met) if met else None
    tail = f"; latest covering {latest}" if latest else ""
    text = f"Annual reports: {len(met)} recorded of {len(due)} due{tail}."
    return Line(text, context.notes.cite(_sources(context, due)), state="met" if met else "")


def _annual_due(deadline, as_of) -> bool:
    return deadline.obligation == "annual_report" and deadline.due < as_of


def _labelled(label: str, line: Line) -> Line:
    return Line(f"{label}: {line.text}", line.notes, state=line.state)


def _sources(context, due: list) -> list:
    ids = {f.source_id for d in due for f in d.findings if f.known_by(context.facts.as_of)}
    found = {c.source.id: c.source for c in context.facts.completions if c.source.id in ids}
    return list(found.values())
