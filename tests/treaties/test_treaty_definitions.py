from datetime import date

import pytest

import treatywatch.treaties as treaties
from treatywatch.treaties import CCM, MBT, TREATIES, Status, UnknownTreaty, get_treaty


@pytest.mark.parametrize(
    "field, mbt_value, ccm_value",
    [
        ("code", "mbt", "ccm"),
        ("short_name", "Mine Ban Treaty", "Convention on Cluster Munitions"),
        ("opened_for_signature", date(1997, 12, 3), date(2008, 12, 3)),
        ("depositary_chapter", "XXVI-5", "XXVI-6"),
        ("entry_into_force_threshold", 40, 30),
        ("stockpile_article", "4", "3"),
        ("stockpile_years", 4, 8),
        ("clearance_article", "5", "4"),
        ("clearance_years", 10, 10),
        ("report_article", "7", "7"),
        ("initial_report_days", 180, 180),
        ("annual_report_due", (4, 30), (4, 30)),
        ("withdrawal_article", "20", "20"),
        ("withdrawal_months", 6, 6),
    ],
)
def test_each_treaty_carries_the_numbers_of_its_articles(field, mbt_value, ccm_value):
    assert getattr(MBT, field) == mbt_value
    assert getattr(CCM, field) == ccm_value


def test_the_mine_ban_treaty_has_its_full_title():
    assert MBT.name.startswith("Convention on the Prohibition of the Use, Stockpiling")


def test_treaties_are_adopted_before_they_open_for_signature():
    for treaty in TREATIES.values():
        assert treaty.adopted < treaty.opened_for_signature


def test_treaties_are_keyed_by_their_code():
    assert TREATIES == {"mbt": MBT, "ccm": CCM}


@pytest.mark.parametrize("code, treaty", [("mbt", MBT), ("ccm", CCM), (" MBT ", MBT)])
def test_get_treaty_finds_a_treaty_by_code(code, treaty):
    assert get_treaty(code) is treaty


def test_an_unknown_treaty_code_names_the_known_codes():
    with pytest.raises(UnknownTreaty, match="ccm, mbt"):
        get_treaty("cwc")


def test_an_unknown_treaty_is_a_value_error():
    assert issubclass(UnknownTreaty, ValueError)


def test_treaties_cannot_be_changed():
    with pytest.raises(AttributeError):
        MBT.stockpile_years = 5


@pytest.mark.parametrize(
    "status, value, label, is_party",
    [
        (Status.NOT_SIGNED, "not_signed", "Not signed", False),
        (Status.SIGNED, "signed", "Signatory", False),
        (Status.PARTY, "party", "State Party (not yet in force)", True),
        (Status.PARTY_IN_FORCE, "party_in_force", "State Party", True),
        (Status.WITHDRAWAL_PENDING, "withdrawal_pending", "Withdrawal pending", True),
        (
            Status.WITHDRAWAL_SUSPENDED,
            "withdrawal_suspended",
            "Withdrawal suspended by armed conflict",
            True,
        ),
        (Status.WITHDRAWN, "withdrawn", "Withdrawn", False),
    ],
)
def test_each_status_has_a_value_a_label_and_a_party_flag(status, value, label, is_party):
    assert status == value
    assert str(status) == value
    assert status.label == label
    assert status.is_party is is_party


def test_the_package_exports_the_public_interface():
    expected = {
        "Treaty",
        "MBT",
        "CCM",
        "TREATIES",
        "get_treaty",
        "UnknownTreaty",
        "Participation",
        "ArmedConflict",
        "Extension",
        "Finding",
        "Status",
        "Counts",
        "Deadline",
        "TreatyRecord",
        "withdrawal_takes_effect",
        "state_entry_into_force",
    }
    assert expected <= set(treaties.__all__)
    assert all(hasattr(treaties, name) for name in expected)
