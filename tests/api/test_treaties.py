import pytest

pytestmark = pytest.mark.django_db


def test_the_treaties_list_gives_both_treaties_with_their_rule_numbers(get_json):
    mbt, ccm = get_json("/api/v1/treaties")
    assert (mbt["code"], ccm["code"]) == ("mbt", "ccm")
    assert (mbt["entry_into_force_threshold"], mbt["stockpile_years"], mbt["clearance_years"]) == (
        40,
        4,
        10,
    )
    assert (
        ccm["entry_into_force_threshold"],
        ccm["stockpile_years"],
        ccm["extendable_articles"],
    ) == (30, 8, ["3", "4"])
    assert mbt["annual_report_due"] == ccm["annual_report_due"] == "04-30"


@pytest.mark.parametrize("code, entry_into_force", [("mbt", "1999-03-01"), ("ccm", "2010-08-01")])
def test_a_treaty_s_entry_into_force_is_computed_from_the_deposits(
    get_json, code, entry_into_force
):
    assert get_json(f"/api/v1/treaties/{code}")["entry_into_force"] == entry_into_force
