from dataclasses import replace
from datetime import date

import pytest

from treatywatch.importers.problems import NotImportable
from treatywatch.importers.record_rows import RecordRows
from treatywatch.importers.undl_votes import read_roll_calls
from treatywatch.importers.unga_changes import changes_from_roll_calls

from .conftest import VOTES_CSV, bundled_rows, without

FILES = ("unga_resolutions.csv", "sources.csv", "states.csv")


def roll_call(**changes):
    """The fixture's roll call on A/RES/80/35, with `changes`."""
    call = next(call for call in read_roll_calls(VOTES_CSV) if call.symbol == "A/RES/80/35")
    return replace(call, **changes)


def record_without_mbt_2025() -> RecordRows:
    record = without(bundled_rows(*FILES), "unga_resolutions.csv", symbol="A/RES/80/35")
    return without(record, "sources.csv", id="undl-4094649")


def labels(findings) -> list[str]:
    return [f"{c.action} {c.label}" for c in findings.changes]


def test_resolutions_the_record_holds_are_left_as_they_are():
    findings = changes_from_roll_calls(read_roll_calls(VOTES_CSV), bundled_rows(*FILES))
    assert (findings.changes, findings.notes) == ([], [])


def test_a_resolution_missing_from_the_record_is_proposed_with_its_source_and_votes():
    findings = changes_from_roll_calls([roll_call()], record_without_mbt_2025())
    assert labels(findings) == [
        "create sources.csv undl-4094649",
        "create unga_resolutions.csv A/RES/80/35",
        *[
            f"create unga_votes.csv A/RES/80/35/{iso3}"
            for iso3 in ("EST", "FIN", "PRK", "RUS", "SYR", "TON", "USA")
        ],
    ]
    source, resolution, *votes = (change.after for change in findings.changes)
    assert source["url"] == "https://digitallibrary.un.org/record/4094649"
    assert source["title"].startswith(
        "Voting record: A/RES/80/35, Implementation of the Convention"
    )
    assert {k: resolution[k] for k in ("treaty", "year", "adopted_on", "yes", "no", "abstain")} == {
        "treaty": "mbt",
        "year": "2025",
        "adopted_on": "2025-12-01",
        "yes": "159",
        "no": "1",
        "abstain": "19",
    }
    # Seven of the 193 votes: the totals are the file's, the roll call only part.
    assert resolution["roll_call"] == "partial"
    assert {vote["iso3"]: vote["vote"] for vote in votes}["SYR"] == "absent"
    assert {vote["source_id"] for vote in votes} == {"undl-4094649"}


def test_a_whole_roll_call_is_recorded_as_such():
    whole = {"yes": 1, "no": 1, "abstain": 4, "absent": 1}
    [*_, resolution] = [
        c.after
        for c in changes_from_roll_calls(
            [roll_call(totals=whole)], record_without_mbt_2025()
        ).changes
        if c.file == "unga_resolutions.csv"
    ]
    assert (resolution["roll_call"], resolution["notes"]) == ("yes", "")


def test_a_resolution_recorded_without_its_roll_call_gets_it():
    # The 2024 resolutions are recorded with totals and votes unknown; a file that holds
    # their roll call fills them in (the votes here are the fixture's, to exercise the update).
    call = roll_call(symbol="A/RES/79/34", date=date(2024, 12, 2))
    findings = changes_from_roll_calls([call], bundled_rows(*FILES))
    update = next(c for c in findings.changes if c.file == "unga_resolutions.csv")
    assert update.action == "update"
    assert (update.before["roll_call"], update.after["roll_call"]) == ("no", "partial")
    assert (update.after["adopted_on"], update.after["source_id"]) == ("2024-12-02", "undl-4094649")
    assert sum(c.file == "unga_votes.csv" for c in findings.changes) == 7


def test_a_vote_recorded_under_another_name_the_same_day_is_not_filed_but_said():
    call = roll_call(symbol="A/RES/77/00", date=date(2022, 12, 7))
    findings = changes_from_roll_calls([call], bundled_rows(*FILES))
    assert findings.changes == []
    assert findings.notes == [
        "A/RES/77/00 (mbt, 2022-12-07): the record holds this vote as "
        "'UNGA 77 (2022) MBT, symbol not recorded': not filed; give it its symbol by hand"
    ]


def test_a_code_that_is_no_state_of_the_record_is_left_out_and_said():
    call = roll_call()
    call.votes["YUG"], call.names["YUG"] = "yes", "YUGOSLAVIA"
    findings = changes_from_roll_calls([call], record_without_mbt_2025())
    assert findings.notes == [
        "A/RES/80/35: YUG (YUGOSLAVIA) is not a state of the record: its vote is left out"
    ]
    assert "unga_votes.csv A/RES/80/35/YUG" not in [c.label for c in findings.changes]


def test_a_file_whose_votes_exceed_its_own_totals_is_not_imported():
    call = roll_call(totals={"yes": 159, "no": 0, "abstain": 19, "absent": 14})
    with pytest.raises(NotImportable, match="holds 1 'no' votes, more than the 0 its totals give"):
        changes_from_roll_calls([call], record_without_mbt_2025())


def test_another_resolution_voted_the_same_day_as_a_recorded_one_is_filed():
    # Two Mine Ban Treaty resolutions were adopted on 9 Dec 1997; a symbol is not a name.
    call = roll_call(symbol="A/RES/52/38 Z", date=date(1997, 12, 9))
    findings = changes_from_roll_calls([call], bundled_rows(*FILES))
    assert "create unga_resolutions.csv A/RES/52/38 Z" in labels(findings)
