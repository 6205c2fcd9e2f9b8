"""`treatywatch coverage` on the bundled record: text and JSON, and its errors."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from treatywatch.coverage.report import SECTIONS
from treatywatch.record.reports import status_report
from treatywatch.treaties.day_range import parse_day

pytestmark = pytest.mark.django_db

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")
AS_OF = "2026-06-01"


def coverage(*args: str) -> str:
    out = io.StringIO()
    call_command("coverage", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def document(django_db_setup, django_db_blocker) -> dict:
    with django_db_blocker.unblock():
        return json.loads(coverage("--format", "json", "--as-of", AS_OF))


def test_json_gives_every_state_that_existed_with_every_section(document):
    states = status_report("mbt", parse_day(AS_OF))["states"]
    assert [s["iso3"] for s in document["states"]] == [s["iso3"] for s in states]
    assert all(list(s["sections"]) == [x.key for x in SECTIONS] for s in document["states"])


def test_the_article_figures_are_taken_over_the_states_parties_of_the_day(document):
    parties = status_report("mbt", parse_day(AS_OF))["counts"]["parties"]
    assert document["totals"]["art4"]["states"] == document["totals"]["art5"]["states"] == parties


def test_use_production_and_stockpiles_are_asked_of_every_state_not_party(document):
    counts = status_report("mbt", parse_day(AS_OF))["counts"]
    not_party = counts["not_signed"] + counts["signed_not_party"] + counts["withdrawn"]
    assert document["totals"]["use_production_stockpile"]["states"] == not_party


def test_un_votes_cover_both_treaties_to_2025_with_the_2024_gap_named(document):
    mbt, ccm = document["un_votes"]["mbt"], document["un_votes"]["ccm"]
    assert (mbt["from"], mbt["to"], mbt["votes_unknown"], mbt["missing"]) == (
        1996,
        2025,
        [2024],
        [],
    )
    assert (ccm["from"], ccm["to"], ccm["votes_unknown"], ccm["missing"]) == (
        2015,
        2025,
        [2024],
        [],
    )


def test_a_state_observing_the_assembly_has_no_votes_to_cover(document):
    holy_see = next(s for s in document["states"] if s["iso3"] == "VAT")
    assert holy_see["sections"]["votes"] is None


def test_text_gives_the_key_figures_then_the_sections_then_every_state():
    lines = coverage("--as-of", AS_OF).splitlines()
    assert lines[0].startswith(f"Coverage of the record as of {AS_OF}: ")
    assert lines[2:4] == ["Key figures", lines[3]] and "Art. 4 state" in lines[3]
    assert any(line.startswith("  UN votes, Mine Ban Treaty, 1996-2025: ") for line in lines)
    assert any(line.startswith("USA ") and line.endswith("United States") for line in lines)


def test_before_a_state_existed_it_is_not_in_the_coverage():
    document = json.loads(coverage("--format", "json", "--as-of", "2009-11-30"))
    assert "SSD" not in {state["iso3"] for state in document["states"]}


def run(*args: str, database: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TREATYWATCH_DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run(
        [TREATYWATCH, "coverage", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_a_malformed_date_is_a_usage_error(tmp_path):
    result = run("--as-of", "30/11/2009", database=tmp_path / "x.sqlite3")
    assert result.returncode == 2 and result.stderr.startswith("treatywatch coverage: ")


def test_an_empty_database_says_what_to_run_first(tmp_path):
    result = run(database=tmp_path / "empty.sqlite3")
    assert result.returncode == 1 and "treatywatch migrate" in result.stderr
