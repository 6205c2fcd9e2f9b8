"""A country profile built from the facts of one state, as it stands on one day.

Sections are built in the order the page shows them, so footnotes are numbered in the
order a reader meets them.
"""

from dataclasses import dataclass, replace
from datetime import date

from treatywatch.profiles import sections
from treatywatch.profiles.casualties import casualty_lines
from treatywatch.profiles.date_words import day_words, partial_date_words
from treatywatch.profiles.facts import EventFact, ProfileFacts, TreatyFacts
from treatywatch.profiles.figures import (
    ItemTable,
    figures_known_by,
    item_heading,
    item_tables,
    measure_title,
    measure_words,
    quantity_words,
    totals,
)
from treatywatch.profiles.footnotes import Footnote, Footnotes, newest_publication
from treatywatch.profiles.key_developments import key_developments
from treatywatch.profiles.meetings import attendance_text, attended_by, events_of
from treatywatch.profiles.merging import Sentence, same_fact_groups, vote_events_stated
from treatywatch.profiles.obligation_sections import (
    Context,
    obligation_sections,
    while_party_line,
)
from treatywatch.profiles.obligations import deadline_sources, deadline_state_words
from treatywatch.profiles.parts import (
    DeadlineRow,
    FigureRow,
    FigureTable,
    Line,
    ObligationTable,
    OtherTreaty,
    Paragraph,
    Section,
    TreatyStatus,
)
from treatywatch.profiles.state_names import name_at_sentence_start, name_in_sentence
from treatywatch.profiles.status_words import parties_words, status_words
from treatywatch.profiles.timeline import (
    TimelineEntry,
    action_entries,
    computed_entries,
    event_entries,
    timeline,
    vote_run_entries,
)
from treatywatch.profiles.voting_record import ResolutionVote, voting_record_clauses

NOT_A_VOTING_MEMBER = {
    "observer": "is a UN observer state and does not vote in the General Assembly",
    "non_member": "is not a UN member state and does not vote in the General Assembly",
}


@dataclass(frozen=True)
class Profile:
    iso3: str
    name: str
    as_of: date
    last_updated: date | None
    treaties: tuple[TreatyStatus, ...]
    voting_record: Paragraph
    meetings: tuple[Line, ...]
    key_developments: tuple[Line, ...]
    narrative: tuple[Line, ...]
    practice: tuple[Line, ...]
    figure_tables: tuple[FigureTable, ...]
    other_figures: tuple[Line, ...]
    obligations: tuple[ObligationTable, ...]
    timeline: tuple[Line, ...]
    other_treaties: tuple[OtherTreaty, ...]
    footnotes: tuple[Footnote, ...]
    not_yet_in_being: Line | None = None
    obligation_sections: tuple[Section, ...] = ()
    casualties: Section | None = None
    while_party: Line | None = None

    @property
    def name_in_sentence(self) -> str:
        """ "the United States": the name as it reads inside a sentence."""
        return name_in_sentence(self.name)

    @property
    def newest_source(self) -> str:
        """When the newest source the profile cites was published, in words ("" if unknown)."""
        newest = newest_publication(self.footnotes)
        return partial_date_words(newest) if newest else ""

    @property
    def slug(self) -> str:
        """The state's code as it appears in addresses: /countries/usa/."""
        return self.iso3.lower()


def build_profile(facts: ProfileFacts) -> Profile:
    """Everything the profile page shows for `facts.as_of`, with its footnotes."""
    notes = Footnotes()
    events = sections.events_known_by(facts.events, facts.as_of)
    parts: dict = {"not_yet_in_being": _not_yet_in_being(facts, notes)}
    for section in (
        _overview,
        _narrative,
        _practice,
        _obligations,
        _casualties,
        _other_treaties,
        _timeline,
    ):
        parts.update(section(facts, events, notes, parts))
    last_updated = facts.last_updated.date() if facts.last_updated else None
    return Profile(
        facts.iso3, facts.name, facts.as_of, last_updated, footnotes=notes.notes, **parts
    )


def _not_yet_in_being(facts: ProfileFacts, notes: Footnotes) -> Line | None:
    """A profile asked about a day before the state existed says so, citing the date's source."""
    if facts.exists_from is None or facts.exists_from <= facts.as_of:
        return None
    text = (
        f"{name_at_sentence_start(facts.name)} did not yet exist as a state on "
        f"{day_words(facts.as_of)}: it counts from {day_words(facts.exists_from)}, "
        "and no count or list of that day includes it."
    )
    cited = notes.cite([facts.exists_source] if facts.exists_source else [])
    return Line(text, cited, facts.exists_from.isoformat(), day_words(facts.exists_from))


def _overview(facts: ProfileFacts, events: list[EventFact], notes: Footnotes, _) -> dict:
    meetings = sections.in_categories(events, sections.MEETING_CATEGORIES, _all_treaties(facts))
    return {
        "treaties": tuple(_treaty_status(treaty, facts, notes) for treaty in facts.treaties),
        "voting_record": _voting_record(facts, notes),
        "meetings": _meeting_lines(facts, meetings, notes),
        "key_developments": _developments(facts, notes),
    }


def _meeting_lines(facts: ProfileFacts, events: list[EventFact], notes: Footnotes) -> tuple:
    """The meetings attended and the meeting events, oldest first, each meeting said once:
    an attendance row with events of its days is cited by their line."""
    told: dict[str, list] = {}
    items: list[tuple] = []
    for fact in attended_by(facts.attendance, facts.as_of):
        same = events_of(fact, events)
        for event in same:
            told.setdefault(event.id, []).append(fact.source)
        if not same:
            items.append((fact.start.isoformat() if fact.start else "", fact))
    items += [(group[0].event.date, group) for group in same_fact_groups(events)]
    return tuple(
        _event_line(item, notes, _told_of(item, told))
        if isinstance(item, list)
        else _attended_line(item, facts, notes)
        for _, item in sorted(items, key=lambda pair: pair[0])
    )


def _told_of(group: list[Sentence], told: dict[str, list]) -> list:
    return [c for s in group for e in (s.event, *s.covered) for c in told.get(e.id, [])]


def _attended_line(fact, facts: ProfileFacts, notes: Footnotes) -> Line:
    names = {treaty.treaty.code: treaty.treaty.short_name for treaty in facts.treaties}
    text = attendance_text(fact, names.get(fact.treaty, fact.treaty))
    day = fact.start.isoformat() if fact.start else ""
    when = partial_date_words(day) if day else ""
    return Line(text, notes.cite([fact.source]), day, when, "meeting")


def _developments(facts: ProfileFacts, notes: Footnotes) -> tuple[Line, ...]:
    names = {treaty.treaty.code: treaty.treaty.short_name for treaty in facts.treaties}
    return tuple(
        Line(d.text, notes.cite(d.sources), d.date, partial_date_words(d.date), d.kind)
        for d in key_developments(facts, names)
    )


def _narrative(facts: ProfileFacts, events: list[EventFact], notes: Footnotes, _) -> dict:
    narrative = sections.in_categories(events, sections.NARRATIVE_CATEGORIES, _main_treaty(facts))
    # A vote the voting record states is not told again as policy.
    stated = {e.id for told in vote_events_stated(events, facts.votes).values() for e in told}
    narrative = [event for event in narrative if event.id not in stated]
    return {"narrative": _event_lines(narrative, notes)}


def _practice(facts: ProfileFacts, events: list[EventFact], notes: Footnotes, _) -> dict:
    practice = sections.in_categories(events, sections.PRACTICE_CATEGORIES, _main_treaty(facts))
    figures = figures_known_by(facts.figures, facts.as_of)
    return {
        "practice": _event_lines(practice, notes),
        "figure_tables": tuple(_figure_table(table, notes) for table in item_tables(figures)),
        "other_figures": tuple(
            _figure_line(figure, notes) for figure in totals(_practice_figures(facts, figures))
        ),
    }


# A State Party's stockpile is told under stockpile destruction; a non-party's here.
_PRACTICE_MEASURES = {"mbt": "apm_stockpile", "ccm": "cm_stockpile"}


def _practice_figures(facts: ProfileFacts, figures: list) -> list:
    owing = {treaty.treaty.code for treaty in _owing(facts)}
    shown = {m for code, m in _PRACTICE_MEASURES.items() if code not in owing}
    # A figure an event of the same date tells, from the same source, is not said twice.
    told = {(e.date, e.source.id) for e in facts.events if e.category == "stockpile"}
    return [
        figure
        for figure in figures
        if figure.measure in shown and (figure.as_of, figure.source.id) not in told
    ]


def _obligations(facts: ProfileFacts, events: list[EventFact], notes: Footnotes, _) -> dict:
    owing = _owing(facts)
    main = owing[0] if owing and owing[0] is facts.treaties[0] else None
    context = Context(main, facts, notes) if main else None
    return {
        "while_party": while_party_line(context) if context else None,
        "obligation_sections": obligation_sections(context) if context else (),
        "obligations": tuple(_obligation_table(treaty, facts, notes) for treaty in owing),
    }


def _owing(facts: ProfileFacts) -> list:
    # The engine gives no deadline to a state that had not consented by the profile's date.
    return [treaty for treaty in facts.treaties if treaty.deadlines]


def _casualties(facts: ProfileFacts, events, notes: Footnotes, _) -> dict:
    lines = casualty_lines(figures_known_by(facts.figures, facts.as_of), notes)
    unknown = "The record holds no casualty figures for this state yet."
    return {"casualties": Section("casualties", "Casualties", "general", tuple(lines), unknown)}


def _timeline(facts: ProfileFacts, events: list[EventFact], notes: Footnotes, _) -> dict:
    names = {treaty.treaty.code: treaty.treaty.short_name for treaty in facts.treaties}
    stated = vote_events_stated(events, facts.votes)
    told = {event.id for group in stated.values() for event in group}
    others = [event for event in events if event.id not in told]
    entries = (
        action_entries(facts.actions, names)
        + vote_run_entries(facts.votes, facts.as_of, stated)
        + event_entries(same_fact_groups(others))
    )
    for treaty in facts.treaties:
        entries += computed_entries(treaty, facts.actions, name_in_sentence(facts.name))
    return {
        "timeline": tuple(_timeline_line(entry, notes) for entry in timeline(entries, facts.as_of))
    }


def _other_treaties(
    facts: ProfileFacts, events: list[EventFact], notes: Footnotes, parts: dict
) -> dict:
    others = [
        _other_treaty(status, treaty, facts, events, notes)
        for status, treaty in zip(parts["treaties"][1:], facts.treaties[1:], strict=True)
    ]
    return {"other_treaties": tuple(others)}


def _other_treaty(status, treaty: TreatyFacts, facts: ProfileFacts, events, notes) -> OtherTreaty:
    lines = _event_lines(sections.treaty_events(events, status.code), notes)
    voting = _voting_record(facts, notes, status.code)
    # The engine gives no deadline to a state that had not consented by the profile's date.
    context = Context(treaty, facts, notes) if treaty.deadlines else None
    while_party = while_party_line(context) if context else None
    found = obligation_sections(context) if context else ()
    return OtherTreaty(status, lines, voting, found, while_party)


def _treaty_status(treaty: TreatyFacts, facts: ProfileFacts, notes: Footnotes) -> TreatyStatus:
    standing, code = treaty.standing, treaty.treaty.code
    # The depositary's actions taken by the day; with none, its record is the source of "not signed".
    taken = [a.source for a in facts.actions if a.treaty == code and a.date <= facts.as_of]
    words = Line(status_words(standing, treaty.treaty), notes.cite(taken or [treaty.depositary]))
    # The count is the engine's, from the depositary's record of every state.
    count = parties_words(standing.status.is_party, treaty.parties, facts.as_of)
    parties = Line(count, notes.cite([treaty.depositary]))
    status = standing.status
    return TreatyStatus(code, treaty.treaty.short_name, status.value, status.label, words, parties)


def _voting_record(facts: ProfileFacts, notes: Footnotes, treaty: str = "mbt") -> Paragraph:
    if facts.un_status in NOT_A_VOTING_MEMBER:
        subject = name_at_sentence_start(facts.name)
        text = f"{subject} {NOT_A_VOTING_MEMBER[facts.un_status]}."
        return Paragraph((Line(text, notes.cite([facts.state_source])),))
    # The overview's record is the Mine Ban Treaty's resolution, as in the Monitor's profiles;
    # the Convention on Cluster Munitions' section gives its own.
    facts_of = {(v.year, v.symbol): v for v in facts.votes if v.treaty == treaty}
    votes = [ResolutionVote(v.year, v.symbol, v.adopted_on, v.vote) for v in facts_of.values()]
    clauses = voting_record_clauses(votes, facts.as_of, facts.votes_recorded_through)
    return Paragraph(tuple(_clause_line(clause, facts_of, notes) for clause in clauses))


def _clause_line(clause, facts_of: dict, notes: Footnotes) -> Line:
    """A run of votes cited once: every roll call's source (and the adoption day's) in one note."""
    cited = [facts_of[(vote.year, vote.symbol)] for vote in clause.votes]
    sources = [c for fact in cited for c in (fact.source, fact.date_source)]
    return Line(clause.text, notes.cite_together(sources))


def _event_lines(events: list[EventFact], notes: Footnotes) -> tuple[Line, ...]:
    """One line per date, kind and treaty, each fact said once with all its sources."""
    return tuple(_event_line(group, notes) for group in same_fact_groups(events))


def _event_line(group: list[Sentence], notes: Footnotes, also=()) -> Line:
    """`also`: further sources of the whole line, cited after its last sentence."""
    first = group[0].event
    parts = tuple(Line(s.event.text, notes.cite(s.sources)) for s in group)
    if also:
        parts = (*parts[:-1], replace(parts[-1], notes=parts[-1].notes + notes.cite(also)))
    covered = [e for s in group for e in (s.event, *s.covered)][1:]
    return Line(
        " ".join(part.text for part in parts),
        tuple(dict.fromkeys(n for part in parts for n in part.notes)),
        first.date,
        partial_date_words(first.date),
        first.category,
        anchor=f"event-{first.id}",
        parts=parts if len(parts) > 1 else (),
        more_anchors=tuple(f"event-{event.id}" for event in covered),
    )


def _figure_table(table: ItemTable, notes: Footnotes) -> FigureTable:
    rows = tuple(
        FigureRow(
            row.item,
            quantity_words(row.quantity, row.approximate),
            row.notes,
            notes.cite([row.source]),
        )
        for row in table.rows
    )
    caption = f"{measure_title(table.measure)} by type, {partial_date_words(table.as_of)}"
    total = quantity_words(table.total, table.approximate)
    return FigureTable(caption, item_heading(table.measure), rows, total)


def _figure_line(figure, notes: Footnotes) -> Line:
    text = f"{quantity_words(figure.quantity, figure.approximate)} {measure_words(figure.measure)}."
    when = partial_date_words(figure.as_of)
    return Line(text, notes.cite([figure.source]), figure.as_of, when, "figure", figure.notes)


def _obligation_table(
    treaty: TreatyFacts, facts: ProfileFacts, notes: Footnotes
) -> ObligationTable:
    rows = tuple(
        _deadline_row(deadline, treaty.treaty.code, facts, notes) for deadline in treaty.deadlines
    )
    return ObligationTable(treaty.treaty.short_name, rows)


def _deadline_row(deadline, code: str, facts: ProfileFacts, notes: Footnotes) -> DeadlineRow:
    sources = deadline_sources(
        deadline, code, facts.as_of, facts.actions, facts.extensions, facts.completions
    )
    return DeadlineRow(
        article=f"Art. {deadline.article}",
        description=deadline.description,
        due=partial_date_words(deadline.due_text),
        due_iso=deadline.due.isoformat(),
        extended=deadline.extended,
        state=deadline.state_on(facts.as_of),
        state_words=deadline_state_words(deadline, facts.as_of),
        notes=notes.cite(sources),
    )


def _timeline_line(entry: TimelineEntry, notes: Footnotes) -> Line:
    cite = notes.cite_together if entry.cited_together else notes.cite
    return Line(
        entry.text,
        cite(entry.sources) + notes.cite(entry.also),
        entry.date,
        partial_date_words(entry.date),
        entry.label,
    )


def _main_treaty(facts: ProfileFacts) -> tuple[str, ...]:
    """Events about the main treaty or about neither treaty; others have their own section."""
    return (facts.treaties[0].treaty.code, "") if facts.treaties else ("",)


def _all_treaties(facts: ProfileFacts) -> tuple[str, ...]:
    return tuple(treaty.treaty.code for treaty in facts.treaties) + ("",)
