import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from treatywatch.treaties import (
    MBT,
    ArmedConflict,
    Finding,
    Participation,
    TreatyRecord,
)
from treatywatch.treaties.participation_csv import read_iso3_codes, read_participations

day = date.fromisoformat


@pytest.mark.parametrize(
    "make_fact, message",
    [
        (
            lambda: Participation("XXX", consented=day("2000-01-01"), consent_type="ratified"),
            "not one of ratification, acceptance, approval, accession, succession",
        ),
        (lambda: Participation("XXX", withdrawal_notified=day("2025-06-27")), "only a party"),
        (
            lambda: Participation(
                "XXX", consented=day("2025-07-01"), withdrawal_notified=day("2025-06-27")
            ),
            "only a party",
        ),
        (
            lambda: Participation(
                "XXX", consented=day("2006-10-23"), succession_effective=day("2006-06-03")
            ),
            "consent_type 'succession'",
        ),
        (lambda: ArmedConflict("XXX", day("2026-01-01"), day("2025-01-01")), "before it starts"),
        (
            lambda: Finding("XXX", "demining"),
            "not one of stockpile_destruction, clearance, initial_report, annual_report",
        ),
        (
            lambda: Finding("XXX", "clearance", "postponed"),
            "not one of completed, not_applicable, missed",
        ),
        (lambda: Finding("XXX", "annual_report"), "period"),
        (lambda: Finding("XXX", "clearance", first_day=date(2001, 1, 1)), "period"),
        (
            lambda: Finding(
                "XXX", "clearance", "completed", None, date(2002, 1, 1), date(2001, 1, 1)
            ),
            "period",
        ),
    ],
)
def test_an_inconsistent_fact_is_refused_with_a_message_saying_what_to_fix(make_fact, message):
    with pytest.raises(ValueError, match=message):
        make_fact()


def test_a_signature_before_the_treaty_opened_is_refused():
    early = Participation("XXX", signed=day("1997-09-18"))
    with pytest.raises(ValueError, match="opened for signature on 1997-12-03"):
        TreatyRecord(MBT, [early])


def test_two_participations_of_one_state_are_refused():
    twice = [Participation("CAN", signed=day("1997-12-03"))] * 2
    with pytest.raises(ValueError, match="CAN: two participations"):
        TreatyRecord(MBT, twice)


def test_an_armed_conflict_without_an_end_is_going_on():
    conflict = ArmedConflict("POL", day("2026-01-01"))
    assert conflict.is_going_on(day("2099-01-01"))
    assert not conflict.is_going_on(day("2025-12-31"))


def test_facts_cannot_be_changed():
    with pytest.raises(AttributeError):
        Participation("CAN").consented = day("1997-12-03")


def test_the_csv_reader_turns_rows_into_participations():
    lines = [
        "iso3,signature_date,consent_date,consent_type,withdrawal_notice_date,notes",
        "POL,1997-12-04,2012-12-27,ratification,2025-08-20,ignored",
        "AGO,2008-12-03,,,,",
    ]
    assert read_participations(lines) == [
        Participation(
            "POL",
            day("1997-12-04"),
            day("2012-12-27"),
            "ratification",
            withdrawal_notified=day("2025-08-20"),
        ),
        Participation("AGO", signed=day("2008-12-03")),
    ]


def test_the_csv_reader_reads_a_succession_date_where_given():
    lines = [
        "iso3,consent_date,consent_type,succession_effective_date",
        "MNE,2006-10-23,succession,2006-06-03",
    ]
    [montenegro] = read_participations(lines)
    assert montenegro.succession_effective == day("2006-06-03")


def test_the_csv_reader_names_the_line_and_column_of_a_bad_date():
    lines = ["iso3,signature_date", "CAN,1997-12-03", "POL,4 Dec 1997"]
    with pytest.raises(ValueError, match="line 3, signature_date"):
        read_participations(lines)


def test_the_iso3_reader_returns_the_codes_in_order():
    assert read_iso3_codes(["state,iso3", "Armenia,ARM", "China,CHN"]) == ["ARM", "CHN"]


def test_the_fixtures_hold_every_depositary_row(mbt_participations, ccm_participations):
    assert (len(mbt_participations), len(ccm_participations)) == (166, 125)


def test_importing_the_engine_loads_no_django_and_reads_no_file():
    root = Path(__file__).resolve().parents[2]
    script = (
        "import builtins, sys\n"
        "opened = []\n"
        "builtins.open = lambda *a, **k: opened.append(a) or (_ for _ in ()).throw(OSError)\n"
        "import treatywatch.treaties\n"
        "assert 'django' not in sys.modules, 'django imported'\n"
        "assert not opened, opened\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=root, check=True)
