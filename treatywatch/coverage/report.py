"""Coverage of the record: for every state and every section of its profile, whether the
record holds sourced facts, and the totals. Pure Python: the facts come in plain
(facts.py), and where a deadline stands is the engine's answer, never worked out here.

The articles are the Mine Ban Treaty's; they apply to its States Parties on the day asked
about, and use, production and stockpiles to the states that are not (the withdrawn
among them)."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from treatywatch.coverage.facts import RollCall, Row, StateInfo
from treatywatch.coverage.un_votes import FIRST_RESOLUTION_YEAR, VoteYears, vote_years
from treatywatch.treaties import Status, TreatyRecord

__all__ = ["SECTIONS", "Cell", "Coverage", "Section", "StateCoverage", "Total", "measure"]


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    about: str


SECTIONS = (
    Section("status", "Status", "treaty actions: signature, consent, withdrawal"),
    Section("votes", "UN votes", "every roll call held in a year the state could vote"),
    Section("art3", "Art. 3", "mines retained for training (a figure)"),
    Section("art4", "Art. 4", "stockpile destruction: met, met late, missed or not applicable"),
    Section(
        "art5",
        "Art. 5",
        "clearance: met, met late, missed, not applicable, extended, or not yet due with "
        "mined areas reported",
    ),
    Section("art7", "Art. 7", "initial transparency report"),
    Section("art9", "Art. 9", "national implementation measures"),
    Section(
        "use_production_stockpile",
        "Use, production, stockpile",
        "of antipersonnel mines, by a state not party",
    ),
    Section("casualties", "Casualties", "a casualty figure"),
    Section("meetings", "Meetings", "attendance at a meeting of the treaties"),
    Section("narrative", "Narrative", "dated events of policy and practice"),
)

# What a source must settle for a deadline to count as known: Arts. 4 and 7 are settled
# by a finding; an Art. 5 deadline extended and not yet due is known too (issue 7), and so is
# one not yet due of a state a source says reported mined areas (the obligation applies).
_KNOWN = ("met", "met_late", "missed", "not_applicable")
_DEADLINES = {
    "art4": ("stockpile_destruction", _KNOWN),
    "art5": ("clearance", (*_KNOWN, "in_progress", "upcoming")),
    "art7": ("initial_report", _KNOWN),
}
_USE_EVENTS = ("use", "production", "stockpile", "transfer")
_EVERY_STATE = ("status", "casualties", "meetings", "narrative")
_FIGURE_SECTIONS = {
    "apm_retained": "art3",
    "apm_stockpile": "use_production_stockpile",
    "casualties": "casualties",
}


def _sections_of(row: Row) -> tuple[str, ...]:
    """The sections a row of the record gives a fact for."""
    if row.file == "treaty_actions":
        return ("status",)
    if row.file == "national_measures":
        return ("art9",) if row.treaty == "mbt" else ()
    if row.file == "meeting_attendance":
        return ("meetings",)
    if row.file == "figures":
        return (_FIGURE_SECTIONS[row.kind],) if row.kind in _FIGURE_SECTIONS else ()
    if row.file == "events":
        # A cluster munition event says nothing of antipersonnel mines.
        on_mines = row.kind in _USE_EVENTS and row.treaty != "ccm"
        return ("narrative", "use_production_stockpile") if on_mines else ("narrative",)
    return ()


@dataclass(frozen=True)
class Cell:
    """One section of one state: `facts` counts the sourced facts found (for votes, the
    roll calls with the state's vote, `of` those it could vote in); `state` is where the
    deadline stands for Arts. 4, 5 and 7."""

    covered: bool
    facts: int
    of: int | None = None
    state: str | None = None


@dataclass(frozen=True)
class StateCoverage:
    """A state's cells by section key; None where the section does not apply to it."""

    iso3: str
    name: str
    region: str
    mbt_status: Status
    cells: dict[str, Cell | None]

    def missing(self, key: str) -> bool:
        cell = self.cells[key]
        return cell is not None and not cell.covered


@dataclass(frozen=True)
class Total:
    states: int
    covered: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.covered / self.states, 1) if self.states else None


@dataclass(frozen=True)
class Coverage:
    as_of: date
    states: tuple[StateCoverage, ...]
    totals: dict[str, Total]
    un_votes: dict[str, VoteYears]


def measure(
    as_of: date,
    mbt: TreatyRecord,
    states: Iterable[StateInfo],
    rows: Iterable[Row],
    roll_calls: Iterable[RollCall],
) -> Coverage:
    """Coverage on `as_of`, of the states that existed then, from the facts known by then."""
    facts = _sourced_facts(rows, as_of)
    roll_calls = list(roll_calls)
    held = [rc for rc in roll_calls if rc.held != "no" and rc.known_by <= as_of]
    existing = sorted(
        (s for s in states if mbt.exists_on(s.iso3, as_of)), key=lambda s: (s.name, s.iso3)
    )
    measured = tuple(_state(s, as_of, mbt, facts[s.iso3], held) for s in existing)
    return Coverage(
        as_of,
        measured,
        {section.key: _total(measured, section.key) for section in SECTIONS},
        {code: vote_years(code, roll_calls, as_of) for code in FIRST_RESOLUTION_YEAR},
    )


def _sourced_facts(rows: Iterable[Row], as_of: date) -> dict[str, dict[str, int]]:
    """Per state, per section, how many sourced rows were known by `as_of`."""
    counts = defaultdict(lambda: defaultdict(int))
    for row in rows:
        if not row.source_id or not row.known_on(as_of):
            continue
        for key in _sections_of(row):
            counts[row.iso3][key] += 1
    return counts


def _state(state: StateInfo, as_of: date, mbt: TreatyRecord, facts, held) -> StateCoverage:
    status = mbt.status_on(state.iso3, as_of)
    cells = {key: _counted(facts, key) for key in _EVERY_STATE}
    cells["votes"] = _votes(state, mbt, held)
    if status.is_party:
        cells |= {key: _counted(facts, key) for key in ("art3", "art9")}
        cells |= _deadline_cells(mbt, state.iso3, as_of)
    else:
        cells["use_production_stockpile"] = _counted(facts, "use_production_stockpile")
    ordered = {section.key: cells.get(section.key) for section in SECTIONS}
    return StateCoverage(state.iso3, state.name, state.region, status, ordered)


def _counted(facts: dict[str, int], key: str) -> Cell:
    return Cell(covered=facts.get(key, 0) > 0, facts=facts.get(key, 0))


def _votes(state: StateInfo, mbt: TreatyRecord, held: list[RollCall]) -> Cell | None:
    # A roll call the state could vote in: a member of the United Nations in that year,
    # in being on the day of the vote. Observers and non-members have no vote.
    could = [
        rc
        for rc in held
        if state.un_member_since is not None
        and state.un_member_since <= rc.year
        and mbt.exists_on(state.iso3, rc.known_by)
    ]
    if not could:
        return None
    recorded = sum(state.iso3 in rc.voters for rc in could)
    return Cell(covered=recorded == len(could), facts=recorded, of=len(could))


def _deadline_cells(mbt: TreatyRecord, iso3: str, as_of: date) -> dict[str, Cell]:
    deadlines = {d.obligation: d for d in mbt.deadlines(iso3, through=as_of)}
    return {
        key: _deadline_cell(deadlines.get(obligation), known, as_of)
        for key, (obligation, known) in _DEADLINES.items()
    }


def _deadline_cell(deadline, known: tuple[str, ...], as_of: date) -> Cell:
    if deadline is None:  # a party whose obligations the engine does not yet count
        return Cell(covered=False, facts=0)
    state = deadline.state_on(as_of)
    # The sources behind the deadline: findings known by then, extensions granted by then.
    sources = [f.source_id for f in deadline.findings if f.known_by(as_of)]
    sources += [e.source_id for e in deadline.extensions]
    sources = [source for source in sources if source]
    settled = state in known and (state != "upcoming" or _reported(deadline, as_of))
    return Cell(covered=settled and bool(sources), facts=len(sources), state=state)


def _reported(deadline, as_of: date) -> bool:
    return deadline.finding_on(as_of, "reported") is not None


def _total(states: tuple[StateCoverage, ...], key: str) -> Total:
    cells = [state.cells[key] for state in states if state.cells[key] is not None]
    return Total(len(cells), sum(cell.covered for cell in cells))
