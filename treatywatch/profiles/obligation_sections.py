"""A State Party's obligations as sections like the Monitor's: stockpile destruction, mines
retained, clearance, transparency reporting and national implementation, each statement
footnoted, each deadline coloured by where it stands."""

from dataclasses import dataclass
from datetime import date

from treatywatch.dataset.partial_date import PartialDate
from treatywatch.profiles.date_words import day_words, partial_date_words
from treatywatch.profiles.deadline_lines import deadline_sentence
from treatywatch.profiles.facts import FigureFact, ProfileFacts, TreatyFacts
from treatywatch.profiles.figures import figures_known_by, quantity_words
from treatywatch.profiles.footnotes import Footnotes
from treatywatch.profiles.meeting_names import meeting_words
from treatywatch.profiles.obligations import deadline_sources
from treatywatch.profiles.parts import Line, Section
from treatywatch.profiles.state_names import name_at_sentence_start
from treatywatch.profiles.transparency import transparency_lines
from treatywatch.treaties import Deadline


@dataclass(frozen=True)
class Context:
    """What every section of one treaty is built from."""

    treaty: TreatyFacts
    facts: ProfileFacts
    notes: Footnotes

    @property
    def code(self) -> str:
        return self.treaty.treaty.code

    def deadline(self, obligation: str) -> Deadline | None:
        return next((d for d in self.treaty.deadlines if d.obligation == obligation), None)

    def figures(self, measure: str) -> list[FigureFact]:
        known = figures_known_by(self.facts.figures, self.facts.as_of)
        return [f for f in known if f.measure == measure and not f.item]


# What each treaty's stockpile is of, and the measures that count it (figures.csv).
_STOCKPILES = {
    "mbt": ("antipersonnel mines", "apm_stockpile", "apm_destroyed"),
    "ccm": ("cluster munitions", "cm_stockpile", "cm_destroyed"),
}


def obligation_sections(context: Context) -> tuple[Section, ...]:
    """The sections of one treaty's obligations, in the Monitor's order."""
    builders = [_stockpile, _clearance, _transparency, _implementation]
    if context.code == "mbt":
        builders.insert(1, _retained)
    return tuple(builder(context) for builder in builders)


# Art. 20: a state that withdrew owed its obligations only until the withdrawal took effect;
# they read as they stood then, not as failures of today.
def while_party_line(context: Context) -> Line | None:
    """For a state whose withdrawal has taken effect by the profile's date, the line that
    says its obligations are shown as they stood while it was a party."""
    effective = context.treaty.standing.withdrawal_effective
    if effective is None or effective > context.facts.as_of:
        return None
    subject = name_at_sentence_start(context.facts.name)
    text = (
        f"{subject} was a State Party until its withdrawal took effect on "
        f"{day_words(effective)}: its obligations under the {context.treaty.treaty.short_name} "
        "are shown as they stood while it was a party."
    )
    notices = [
        a.source
        for a in context.facts.actions
        if (a.treaty, a.action) == (context.code, "withdrawal_notice")
    ]
    return Line(text, context.notes.cite(notices), effective.isoformat(), day_words(effective))


def deadline_line(context: Context, deadline: Deadline) -> Line:
    """The deadline's sentence, citing the consent it runs from and every finding known."""
    as_of, facts = context.facts.as_of, context.facts
    sources = deadline_sources(
        deadline, context.code, as_of, facts.actions, facts.extensions, facts.completions
    )
    state = deadline.state_on(as_of)
    return Line(deadline_sentence(deadline, as_of), context.notes.cite(sources), state=state)


def _section(context: Context, key: str, title: str, lines, unknown: str) -> Section:
    article_key = f"{context.code}-{key}"
    return Section(article_key, title, "obligations", tuple(lines), unknown)


def _stockpile(context: Context) -> Section:
    deadline = context.deadline("stockpile_destruction")
    noun, held, destroyed = _STOCKPILES[context.code]
    lines = [deadline_line(context, deadline)] if deadline else []
    lines += [_figure_line(context, f, f"{noun} stockpiled") for f in context.figures(held)]
    lines += [_figure_line(context, f, f"{noun} destroyed") for f in context.figures(destroyed)]
    article = deadline.article if deadline else ""
    unknown = f"The record holds nothing about the stockpile of {noun} yet."
    return _section(context, "stockpile", f"Stockpile destruction (Art. {article})", lines, unknown)


def _retained(context: Context) -> Section:
    retained = context.figures("apm_retained")[-1:]
    lines = [_retained_line(context, figure) for figure in retained]
    unknown = "The record holds no figure of mines retained for training yet."
    return _section(context, "retained", "Mines retained (Art. 3)", lines, unknown)


def _retained_line(context: Context, figure: FigureFact) -> Line:
    subject = name_at_sentence_start(context.facts.name)
    count = quantity_words(figure.quantity, figure.approximate) if figure.quantity else "no"
    when = partial_date_words(figure.as_of)
    text = f"{subject} retained {count} antipersonnel mines for training and research ({when})."
    return Line(text, context.notes.cite([figure.source]), figure.as_of, when)


def _figure_line(context: Context, figure: FigureFact, counted: str) -> Line:
    when = partial_date_words(figure.as_of)
    text = f"{quantity_words(figure.quantity, figure.approximate)} {counted} ({when})."
    return Line(text, context.notes.cite([figure.source]), figure.as_of, when)


def _clearance(context: Context) -> Section:
    deadline = context.deadline("clearance")
    lines = [deadline_line(context, deadline)] if deadline else []
    if deadline and deadline.original_due and deadline.extensions:
        lines.insert(0, _original_line(deadline))
        lines[1:1] = _extension_lines(context, deadline.article)
    article = deadline.article if deadline else ""
    unknown = "The record holds nothing about clearance yet."
    return _section(context, "clearance", f"Clearance (Art. {article})", lines, unknown)


def _original_line(deadline: Deadline) -> Line:
    due = deadline.original_due
    text = f"Original deadline, set by the treaty: {day_words(due)}."
    return Line(text, (), due.isoformat(), day_words(due))


def _extension_lines(context: Context, article: str) -> list[Line]:
    granted = [
        e
        for e in context.facts.extensions
        if (e.treaty, e.article) == (context.code, article) and e.granted_on <= context.facts.as_of
    ]
    return [_extension_line(context, e) for e in sorted(granted, key=lambda e: e.granted_on)]


def _extension_line(context: Context, extension) -> Line:
    by = f" by {meeting_words(extension.meeting)}" if extension.meeting else ""
    text = f"Extended{by} to {partial_date_words(extension.new_deadline)}."
    when = day_words(extension.granted_on)
    notes = context.notes.cite([extension.source])
    return Line(text, notes, extension.granted_on.isoformat(), when, label="extension")


def _transparency(context: Context) -> Section:
    lines = transparency_lines(context, deadline_line)
    unknown = "The record holds nothing about transparency reports yet."
    return _section(context, "transparency", "Transparency reporting (Art. 7)", lines, unknown)


_MEASURE_WORDS = {
    "legislation": "adopted legislation to implement the treaty",
    "existing_law": "considers its existing law sufficient to implement the treaty",
    "in_progress": "was preparing legislation to implement the treaty",
    "none": "had adopted no measures to implement the treaty",
}


def _implementation(context: Context) -> Section:
    subject = name_at_sentence_start(context.facts.name)
    measures = [
        m
        for m in context.facts.measures
        if m.treaty == context.code and _known(m.date, context.facts.as_of)
    ]
    lines = [_measure_line(context, subject, m) for m in measures]
    unknown = "The record holds nothing about national implementation measures yet."
    return _section(context, "implementation", "National implementation (Art. 9)", lines, unknown)


def _measure_line(context: Context, subject: str, measure) -> Line:
    when = partial_date_words(measure.date) if measure.date else ""
    text = f"{subject} {_MEASURE_WORDS[measure.measure]}{f' ({when})' if when else ''}."
    return Line(text, context.notes.cite([measure.source]), measure.date, when)


def _known(partial: str, as_of: date) -> bool:
    """An undated measure counts; a dated one from the last day of its period."""
    return not partial or PartialDate.parse(partial).last_day <= as_of
