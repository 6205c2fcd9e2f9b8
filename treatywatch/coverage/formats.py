"""Coverage as `treatywatch coverage` prints it: one JSON object (the contract in README.md)
or plain text, key figures first. Pure Python."""

from treatywatch.coverage.report import SECTIONS, Cell, Coverage, Total
from treatywatch.coverage.un_votes import VoteYears
from treatywatch.treaties import get_treaty

__all__ = ["as_document", "as_text"]


def as_document(coverage: Coverage) -> dict:
    return {
        "as_of": coverage.as_of.isoformat(),
        "sections": [{"key": s.key, "label": s.label, "about": s.about} for s in SECTIONS],
        "totals": {key: _total_dict(total) for key, total in coverage.totals.items()},
        "un_votes": {code: years.as_dict() for code, years in coverage.un_votes.items()},
        "states": [
            {
                "iso3": state.iso3,
                "name": state.name,
                "region": state.region,
                "mbt_status": state.mbt_status.value,
                "sections": {key: _cell_dict(cell) for key, cell in state.cells.items()},
            }
            for state in coverage.states
        ],
    }


def _total_dict(total: Total) -> dict:
    return {"states": total.states, "covered": total.covered, "percent": total.percent}


def _cell_dict(cell: Cell | None) -> dict | None:
    if cell is None:
        return None
    return {"covered": cell.covered, "facts": cell.facts, "of": cell.of, "state": cell.state}


def as_text(coverage: Coverage) -> str:
    lines = [f"Coverage of the record as of {coverage.as_of}: {len(coverage.states)} states", ""]
    lines += ["Key figures", *key_figures(coverage), ""]
    lines += ["Sections (states it applies to, with sourced facts)", *_section_lines(coverage), ""]
    lines += ["By state (yes: sourced facts; no: none; -: does not apply)", *_state_lines(coverage)]
    return "\n".join(lines)


def key_figures(coverage: Coverage) -> list[str]:
    """The figures issue 7 asks for, one line each, as the README records them."""
    totals = coverage.totals
    return [
        f"  MBT States Parties with a known, sourced Art. 4 state: {_share(totals['art4'])}",
        f"  MBT States Parties with a known, sourced Art. 5 state: {_share(totals['art5'])}",
        "  States not party to the MBT with a sourced fact on use, production or stockpiles: "
        + _share(totals["use_production_stockpile"]),
        *(f"  {vote_years_text(years)}" for years in coverage.un_votes.values()),
    ]


def vote_years_text(years: VoteYears) -> str:
    name = get_treaty(years.treaty).short_name
    if not years.years:
        return f"UN votes, {name}: no resolution due yet"
    parts = [
        f"UN votes, {name}, {years.first}-{years.last}: every state's vote in "
        f"{len(years.roll_call)} of {years.years} years"
    ]
    for label, found in (
        ("part of the roll call", years.partial),
        ("each state's vote unknown", years.votes_unknown),
        ("no resolution recorded", years.missing),
    ):
        if found:
            parts.append(f"{label}: {', '.join(map(str, found))}")
    return "; ".join(parts)


def _share(total: Total) -> str:
    percent = "-" if total.percent is None else f"{total.percent:.1f}%"
    return f"{total.covered} of {total.states} ({percent})"


def _section_lines(coverage: Coverage) -> list[str]:
    width = max(len(section.label) for section in SECTIONS)
    return [
        f"  {section.label.ljust(width)}  {_share(coverage.totals[section.key])}"
        for section in SECTIONS
    ]


def _state_lines(coverage: Coverage) -> list[str]:
    header = ["iso3", *(section.key for section in SECTIONS), "name"]
    rows = [
        [state.iso3, *(_cell_word(cell) for cell in state.cells.values()), state.name]
        for state in coverage.states
    ]
    widths = [len(column) for column in header]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
        for row in [header, *rows]
    ]


def _cell_word(cell: Cell | None) -> str:
    if cell is None:
        return "-"
    return "yes" if cell.covered else "no"
