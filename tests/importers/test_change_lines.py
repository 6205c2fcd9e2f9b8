from treatywatch.editorial.changes import RowChange
from treatywatch.importers.change_lines import change_line

ACTION = {
    "treaty": "mbt",
    "iso3": "TON",
    "action": "consent",
    "date": "2025-06-25",
    "consent_type": "accession",
    "effective_date": "",
    "source_id": "untc-xxvi-5-2026-02-03",
    "notes": "",
}


def test_a_new_row_is_one_line_with_its_key_and_filled_cells():
    change = RowChange("treaty_actions.csv", "create", None, ACTION)
    assert change_line(change) == (
        "+ treaty_actions.csv mbt/TON/consent: date 2025-06-25, consent_type accession"
    )


def test_a_changed_row_is_one_line_with_each_cell_before_and_after():
    later = {
        **ACTION,
        "date": "2025-06-26",
        "consent_type": "",
        "source_id": "untc-xxvi-5-2026-03-15",
    }
    change = RowChange("treaty_actions.csv", "update", ACTION, later)
    assert change_line(change) == (
        "~ treaty_actions.csv mbt/TON/consent: date 2025-06-25 -> 2025-06-26; consent_type accession -> (empty)"
    )
