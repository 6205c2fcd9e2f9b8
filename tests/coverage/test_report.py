"""The coverage measures, on a small made-up record: which rows feed which section, to
whom each section applies, and when a deadline counts as known and sourced."""

from datetime import date

import pytest

from treatywatch.coverage.facts import RollCall, Row, StateInfo
from treatywatch.coverage.report import SECTIONS, Total, measure
from treatywatch.treaties import MBT, Extension, Finding, Participation, TreatyRecord

day = date.fromisoformat

# Forty deposits on 1 January 1998 put this treaty in force on 1 July 1998 (Art. 17(1)),
# so a party that deposited then has its Art. 4 deadline on 1 July 2002 and its Art. 5
# deadline on 1 July 2008.
_FILLERS = [Participation(f"F{n:02d}", consented=day("1998-01-01")) for n in range(39)]
PARTY = Participation("PTY", consented=day("1998-01-01"))
WITHDRAWN = Participation("WDN", consented=day("1998-01-01"), withdrawal_notified=day("2020-01-10"))
STATES = [
    StateInfo("PTY", "Partia", "Europe", 1950),
    StateInfo("NOT", "Nonia", "Asia", 1950),
    StateInfo("WDN", "Withdrawnia", "Europe", 1950),
    StateInfo("NEW", "Newland", "Africa", 2011),
]
LATER = day("2026-06-01")


def mbt(findings=(), extensions=(), existence=None) -> TreatyRecord:
    return TreatyRecord(
        MBT,
        [*_FILLERS, PARTY, WITHDRAWN],
        states=[state.iso3 for state in STATES],
        findings=findings,
        extensions=extensions,
        existence=existence or {"NEW": day("2011-07-09")},
    )


def cells(iso3, as_of=LATER, record=None, rows=(), roll_calls=()):
    coverage = measure(as_of, record or mbt(), STATES, rows, roll_calls)
    return next(state for state in coverage.states if state.iso3 == iso3).cells


def found(obligation, kind="completed", on=None, source="src"):
    return Finding("PTY", obligation, kind, None, on and day(on), on and day(on), source)


@pytest.mark.parametrize(
    "findings, as_of, expected",
    [
        ([], "2026-06-01", ("unknown", False)),
        ([], "2001-01-01", ("upcoming", False)),
        ([found("stockpile_destruction", on="2001-05-04")], "2026-06-01", ("met", True)),
        ([found("stockpile_destruction", on="2003-05-04")], "2026-06-01", ("met_late", True)),
        (
            [found("stockpile_destruction", "not_applicable")],
            "2026-06-01",
            ("not_applicable", True),
        ),
        ([found("stockpile_destruction", "missed", "2002-07-02")], "2026-06-01", ("missed", True)),
        # A view of a past day knows only what a source had said by then.
        ([found("stockpile_destruction", on="2003-05-04")], "2003-01-01", ("unknown", False)),
        # A finding without a source settles nothing the coverage counts.
        (
            [found("stockpile_destruction", on="2001-05-04", source="")],
            "2026-06-01",
            ("met", False),
        ),
    ],
)
def test_art_4_is_known_when_a_sourced_finding_settles_the_deadline(findings, as_of, expected):
    cell = cells("PTY", day(as_of), mbt(findings=findings))["art4"]
    assert (cell.state, cell.covered) == expected


def extension(granted, new_deadline, source="msp"):
    return Extension("PTY", "5", day(granted), day(new_deadline), "", source)


@pytest.mark.parametrize(
    "extensions, findings, as_of, expected",
    [
        ([], [], "2026-06-01", ("unknown", False)),
        # An extended deadline not yet due counts as known for Art. 5 (issue 7's figure).
        ([extension("2007-11-30", "2028-07-01")], [], "2026-06-01", ("in_progress", True)),
        (
            [extension("2007-11-30", "2028-07-01", source="")],
            [],
            "2026-06-01",
            ("in_progress", False),
        ),
        ([extension("2007-11-30", "2018-07-01")], [], "2026-06-01", ("unknown", False)),
        ([], [found("clearance", on="2008-06-30")], "2026-06-01", ("met", True)),
        ([], [found("clearance", "not_applicable")], "2026-06-01", ("not_applicable", True)),
        ([], [found("clearance", "missed", "2008-07-02")], "2026-06-01", ("missed", True)),
    ],
)
def test_art_5_is_known_when_a_source_settles_it_or_an_extension_is_running(
    extensions, findings, as_of, expected
):
    cell = cells("PTY", day(as_of), mbt(findings=findings, extensions=extensions))["art5"]
    assert (cell.state, cell.covered) == expected


@pytest.mark.parametrize(
    "findings, expected",
    [
        ([], ("unknown", False)),
        ([found("initial_report", on="1998-12-20")], ("met", True)),
        ([found("initial_report", on="1999-12-20")], ("met_late", True)),
    ],
)
def test_art_7_is_known_from_a_sourced_finding_on_the_initial_report(findings, expected):
    cell = cells("PTY", record=mbt(findings=findings))["art7"]
    assert (cell.state, cell.covered) == expected


PARTY_SECTIONS = {"art3", "art4", "art5", "art7", "art9"}


@pytest.mark.parametrize(
    "iso3, as_of, applies, does_not_apply",
    [
        ("PTY", "2026-06-01", PARTY_SECTIONS, {"use_production_stockpile"}),
        ("NOT", "2026-06-01", {"use_production_stockpile"}, PARTY_SECTIONS),
        # Art. 20: a party until six months after the notice, then a state not party.
        ("WDN", "2020-03-01", PARTY_SECTIONS, {"use_production_stockpile"}),
        ("WDN", "2026-06-01", {"use_production_stockpile"}, PARTY_SECTIONS),
    ],
)
def test_articles_apply_to_states_parties_and_use_to_the_others(
    iso3, as_of, applies, does_not_apply
):
    found_cells = cells(iso3, day(as_of))
    assert {key for key in applies if found_cells[key] is not None} == applies
    assert {key for key in does_not_apply if found_cells[key] is None} == does_not_apply


def test_every_state_has_status_casualties_meetings_and_narrative():
    for state in STATES:
        found_cells = cells(state.iso3)
        assert all(
            found_cells[key] is not None
            for key in ("status", "casualties", "meetings", "narrative")
        )


def test_the_cells_come_in_the_order_of_the_sections():
    assert list(cells("PTY")) == [section.key for section in SECTIONS]


def test_a_state_that_did_not_yet_exist_is_not_measured():
    coverage = measure(day("2009-11-30"), mbt(), STATES, [], [])
    assert "NEW" not in {state.iso3 for state in coverage.states}
    assert coverage.totals["status"].states == 3


@pytest.mark.parametrize(
    "iso3, row, sections",
    [
        ("PTY", Row("PTY", "treaty_actions", "consent", "mbt"), {"status"}),
        ("NOT", Row("NOT", "treaty_actions", "signature", "ccm"), {"status"}),
        ("PTY", Row("PTY", "figures", "apm_retained"), {"art3"}),
        ("NOT", Row("NOT", "figures", "apm_stockpile"), {"use_production_stockpile"}),
        ("NOT", Row("NOT", "figures", "casualties"), {"casualties"}),
        ("PTY", Row("PTY", "figures", "apm_destroyed"), set()),
        ("NOT", Row("NOT", "figures", "cm_stockpile"), set()),
        ("NOT", Row("NOT", "events", "use"), {"narrative", "use_production_stockpile"}),
        (
            "NOT",
            Row("NOT", "events", "production", "mbt"),
            {"narrative", "use_production_stockpile"},
        ),
        ("NOT", Row("NOT", "events", "stockpile"), {"narrative", "use_production_stockpile"}),
        ("NOT", Row("NOT", "events", "transfer"), {"narrative", "use_production_stockpile"}),
        # Cluster munitions are another weapon: narrative, not a fact about mines.
        ("NOT", Row("NOT", "events", "use", "ccm"), {"narrative"}),
        ("NOT", Row("NOT", "events", "policy"), {"narrative"}),
        ("PTY", Row("PTY", "national_measures", "legislation", "mbt"), {"art9"}),
        ("PTY", Row("PTY", "national_measures", "legislation", "ccm"), set()),
        ("NOT", Row("NOT", "meeting_attendance", "observer", "mbt"), {"meetings"}),
    ],
)
def test_each_kind_of_row_is_a_fact_for_its_sections(iso3, row, sections):
    sourced = Row(row.iso3, row.file, row.kind, row.treaty, None, "src")
    found_cells = cells(iso3, rows=[sourced])
    assert {key for key, cell in found_cells.items() if cell and cell.facts} == sections


@pytest.mark.parametrize(
    "row, counted",
    [
        (Row("NOT", "events", "use", "", day("2026-05-31"), "src"), True),
        (Row("NOT", "events", "use", "", day("2026-06-01"), "src"), True),
        (Row("NOT", "events", "use", "", day("2026-06-02"), "src"), False),
        (Row("NOT", "events", "use", "", None, "src"), True),
        (Row("NOT", "events", "use", "", None, ""), False),
    ],
)
def test_a_row_counts_when_it_is_sourced_and_known_by_the_day(row, counted):
    cell = cells("NOT", rows=[row])["use_production_stockpile"]
    assert (cell.covered, cell.facts) == ((True, 1) if counted else (False, 0))


def roll_call(year, held="yes", voters=("PTY", "NOT", "WDN", "NEW"), adopted=None):
    adopted_on = day(adopted) if adopted else date(year, 12, 5)
    return RollCall(f"A/RES/{year}", "mbt", year, adopted_on, held, frozenset(voters))


@pytest.mark.parametrize(
    "iso3, roll_calls, expected",
    [
        ("PTY", [roll_call(1996), roll_call(1997)], (True, 2, 2)),
        ("PTY", [roll_call(1996), roll_call(1997, voters=["NOT"])], (False, 1, 2)),
        # Votes exist only from the state's admission to the United Nations.
        ("NEW", [roll_call(2010), roll_call(2011)], (True, 1, 1)),
        # Roll calls the record holds only as totals (2024) are asked of nobody.
        ("PTY", [roll_call(2023), roll_call(2024, "no", voters=())], (True, 1, 1)),
        ("PTY", [roll_call(2023), roll_call(2026, adopted="2026-12-01")], (True, 1, 1)),
        ("PTY", [roll_call(2023, "partial", voters=["NOT"])], (False, 0, 1)),
    ],
)
def test_votes_are_covered_when_every_roll_call_the_state_could_vote_in_is_there(
    iso3, roll_calls, expected
):
    cell = cells(iso3, roll_calls=roll_calls)["votes"]
    assert (cell.covered, cell.facts, cell.of) == expected


def test_a_state_without_a_vote_in_the_assembly_has_no_votes_section():
    observer = StateInfo("NOT", "Nonia", "Asia", None)
    coverage = measure(LATER, mbt(), [observer], [], [roll_call(2020)])
    assert coverage.states[0].cells["votes"] is None


def test_totals_count_the_states_a_section_applies_to_and_those_covered():
    rows = [Row("NOT", "events", "use", "", None, "src")]
    coverage = measure(LATER, mbt(), STATES, rows, [])
    assert coverage.totals["use_production_stockpile"] == Total(states=3, covered=1)
    assert coverage.totals["art4"] == Total(states=1, covered=0)


@pytest.mark.parametrize(
    "total, percent",
    [(Total(0, 0), None), (Total(3, 1), 33.3), (Total(8, 8), 100.0), (Total(161, 145), 90.1)],
)
def test_a_total_gives_its_share_to_one_decimal(total, percent):
    assert total.percent == percent


def test_a_state_is_missing_a_section_only_where_it_applies():
    state = measure(LATER, mbt(), STATES, [], []).states[1]
    assert (state.iso3, state.missing("art4"), state.missing("narrative")) == ("NOT", False, True)
