"""What `treatywatch coverage` prints, from a made-up measure: the JSON contract's shape
and the key figures in words."""

from datetime import date

from treatywatch.coverage.formats import as_document, as_text, vote_years_text
from treatywatch.coverage.report import SECTIONS, Cell, Coverage, StateCoverage, Total
from treatywatch.coverage.un_votes import VoteYears
from treatywatch.treaties import Status

CELLS = {section.key: Cell(covered=False, facts=0) for section in SECTIONS}
CELLS |= {
    "votes": Cell(covered=False, facts=38, of=40),
    "art4": Cell(covered=True, facts=1, state="missed"),
    "use_production_stockpile": None,
}
COVERAGE = Coverage(
    as_of=date(2026, 6, 1),
    states=(StateCoverage("UKR", "Ukraine", "Europe", Status.WITHDRAWAL_SUSPENDED, CELLS),),
    totals={section.key: Total(1, 0) for section in SECTIONS} | {"art4": Total(161, 150)},
    un_votes={
        "mbt": VoteYears("mbt", 1996, 2025, tuple(range(1996, 2024)) + (2025,), (), (2024,)),
        "ccm": VoteYears("ccm", 2015, 2025, (2015,), (2023,), (2024,), (2016,)),
    },
)


def test_the_document_is_one_object_with_the_day_the_totals_the_votes_and_the_states():
    document = as_document(COVERAGE)
    assert list(document) == ["as_of", "sections", "totals", "un_votes", "states"]
    assert document["as_of"] == "2026-06-01"
    assert document["totals"]["art4"] == {"states": 161, "covered": 150, "percent": 93.2}
    assert document["un_votes"]["mbt"]["votes_unknown"] == [2024]
    assert [s["key"] for s in document["sections"]] == [section.key for section in SECTIONS]


def test_a_state_gives_every_section_as_a_cell_or_null_where_it_does_not_apply():
    (state,) = as_document(COVERAGE)["states"]
    assert state["mbt_status"] == "withdrawal_suspended"
    assert list(state["sections"]) == [section.key for section in SECTIONS]
    assert state["sections"]["use_production_stockpile"] is None
    assert state["sections"]["votes"] == {"covered": False, "facts": 38, "of": 40, "state": None}
    assert state["sections"]["art4"] == {"covered": True, "facts": 1, "of": None, "state": "missed"}


def test_the_text_gives_the_key_figures_first():
    text = as_text(COVERAGE)
    assert text.splitlines()[:4] == [
        "Coverage of the record as of 2026-06-01: 1 states",
        "",
        "Key figures",
        "  MBT States Parties with a known, sourced Art. 4 state: 150 of 161 (93.2%)",
    ]


def test_the_text_gives_each_state_a_line_of_yes_no_and_dashes():
    last = as_text(COVERAGE).splitlines()[-1].split()
    assert last[:10] == ["UKR", "no", "no", "no", "yes", "no", "no", "no", "-", "no"]


def test_the_vote_years_name_every_gap():
    assert vote_years_text(COVERAGE.un_votes["ccm"]) == (
        "UN votes, Convention on Cluster Munitions, 2015-2025: every state's vote in 1 of 11 "
        "years; part of the roll call: 2023; each state's vote unknown: 2024; "
        "no resolution recorded: 2016"
    )


def test_before_any_resolution_the_vote_years_say_so():
    assert vote_years_text(VoteYears("ccm", 2015, 2014)) == (
        "UN votes, Convention on Cluster Munitions: no resolution due yet"
    )
