from dataclasses import replace
from datetime import date

import pytest

from treatywatch.importers.problems import NotImportable, WrongShape
from treatywatch.importers.record_rows import RecordRows
from treatywatch.importers.untc_changes import changes_from_page
from treatywatch.importers.untc_page import read_status_page
from treatywatch.treaties import CCM, MBT

from .conftest import CCM_PAGE, MBT_PAGE, bundled_rows, without

FILES = ("treaty_actions.csv", "sources.csv", "states.csv")


def page(path=MBT_PAGE, **changes):
    return replace(read_status_page(path.read_text(encoding="utf-8")), **changes)


def edited(record: RecordRows, iso3: str, action: str, **cells) -> RecordRows:
    rows = [
        {**row, **cells}
        if (row["treaty"], row["iso3"], row["action"]) == ("mbt", iso3, action)
        else row
        for row in record.rows("treaty_actions.csv")
    ]
    return RecordRows({**record.files, "treaty_actions.csv": rows})


def labels(findings) -> list[str]:
    return [f"{c.action} {c.label}" for c in findings.changes]


def test_a_page_that_agrees_with_the_record_proposes_nothing_not_even_its_source():
    for path, treaty in ((MBT_PAGE, MBT), (CCM_PAGE, CCM)):
        assert changes_from_page(page(path), treaty, bundled_rows(*FILES)).changes == []


def test_an_action_missing_from_the_record_is_proposed_citing_the_page():
    record = without(bundled_rows(*FILES), "treaty_actions.csv", treaty="mbt", iso3="TON")
    [change] = changes_from_page(page(), MBT, record).changes
    assert (change.file, change.action) == ("treaty_actions.csv", "create")
    assert change.after == {
        "treaty": "mbt",
        "iso3": "TON",
        "action": "consent",
        "date": "2025-06-25",
        "consent_type": "accession",
        "effective_date": "",
        "source_id": "untc-xxvi-5-2026-02-03",
        "notes": "",
    }


def test_a_withdrawal_notice_is_proposed_from_the_end_note():
    record = without(
        bundled_rows(*FILES), "treaty_actions.csv", iso3="EST", action="withdrawal_notice"
    )
    [change] = changes_from_page(page(), MBT, record).changes
    assert (change.after["date"], change.after["effective_date"]) == ("2025-06-27", "2025-12-27")
    assert "C.N.360.2025.TREATIES-XXVI-5" in change.after["notes"]


def test_a_succession_is_proposed_with_its_type():
    record = without(bundled_rows(*FILES), "treaty_actions.csv", treaty="mbt", iso3="MNE")
    [change] = changes_from_page(page(), MBT, record).changes
    assert (change.after["action"], change.after["consent_type"]) == ("consent", "succession")


def test_a_changed_date_or_type_is_an_update_of_the_row_citing_the_page():
    record = edited(
        bundled_rows(*FILES), "AFG", "consent", date="2002-09-12", consent_type="ratification"
    )
    [change] = changes_from_page(page(), MBT, record).changes
    assert change.action == "update"
    assert change.before["date"] == "2002-09-12"
    assert (change.after["date"], change.after["consent_type"]) == ("2002-09-11", "accession")
    assert change.after["notes"] == change.before["notes"]


def test_a_page_of_a_new_status_date_adds_its_source_row_first():
    record = without(bundled_rows(*FILES), "treaty_actions.csv", treaty="mbt", iso3="TON")
    findings = changes_from_page(page(status_as_at=date(2026, 3, 15)), MBT, record)
    changes = findings.changes
    assert labels(findings) == [
        "create sources.csv untc-xxvi-5-2026-03-15",
        "create treaty_actions.csv mbt/TON/consent",
    ]
    source = changes[0].after
    assert source["url"] == (
        "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en"
    )
    assert (source["published"], source["retrieved_from"]) == ("2026-03-15", "")
    assert source["title"].endswith("(UN Treaty Collection, Chapter XXVI-5), as at 15 March 2026")
    assert changes[1].after["source_id"] == "untc-xxvi-5-2026-03-15"


def test_what_the_page_does_not_show_is_left_as_recorded_and_said():
    findings = changes_from_page(page(), MBT, bundled_rows(*FILES))
    assert findings.changes == []
    assert findings.notes[-1].startswith(
        "157 states the record has as participants are not on the page"
    )


def test_a_page_of_the_other_treaty_is_of_another_shape():
    with pytest.raises(
        WrongShape, match="the page is chapter XXVI-5, but --treaty ccm reads chapter XXVI-6"
    ):
        changes_from_page(page(), CCM, bundled_rows(*FILES))


def test_a_page_older_than_the_one_the_record_follows_is_not_imported():
    with pytest.raises(NotImportable, match="older than the status as at 2026-02-03"):
        changes_from_page(page(status_as_at=date(2025, 1, 1)), MBT, bundled_rows(*FILES))


def test_a_participant_the_record_does_not_know_is_not_imported():
    record = without(bundled_rows(*FILES), "states.csv", iso3="TON")
    with pytest.raises(NotImportable, match="no state of the record is named 'Tonga'"):
        changes_from_page(page(), MBT, record)
