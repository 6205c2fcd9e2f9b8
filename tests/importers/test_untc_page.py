from datetime import date

import pytest

from treatywatch.importers.problems import WrongShape
from treatywatch.importers.untc_page import read_status_page

from .conftest import CCM_PAGE, MBT_PAGE


def page(path):
    return read_status_page(path.read_text(encoding="utf-8"))


def participant(path, name):
    return next(p for p in page(path).participants if p.name == name)


def test_the_status_date_and_chapter_are_read_from_the_saved_page():
    mbt, ccm = page(MBT_PAGE), page(CCM_PAGE)
    assert (mbt.chapter, mbt.status_as_at) == ("XXVI-5", date(2026, 2, 3))
    assert (ccm.chapter, ccm.status_as_at) == ("XXVI-6", date(2026, 2, 3))


def test_every_row_of_the_participants_table_is_read():
    assert [p.name for p in page(MBT_PAGE).participants] == [
        "Afghanistan",
        "Albania",
        "Estonia",
        "Japan",
        "Montenegro",
        "Poland",
        "Slovakia",
        "Tonga",
        "Ukraine",
    ]


@pytest.mark.parametrize(
    "name, consent_type",
    [
        ("Albania", "ratification"),  # no suffix
        ("Afghanistan", "accession"),  # a
        ("Montenegro", "succession"),  # d
        ("Japan", "acceptance"),  # A
        ("Slovakia", "approval"),  # AA
    ],
)
def test_the_suffix_after_a_consent_date_gives_its_type(name, consent_type):
    assert participant(MBT_PAGE, name).consent_type == consent_type


def test_a_signature_and_a_consent_are_read_as_dates():
    albania = participant(MBT_PAGE, "Albania")
    assert (albania.signature, albania.consent) == (date(1998, 9, 8), date(2000, 2, 29))


def test_a_withdrawal_is_read_from_the_end_note_of_a_bracketed_row():
    estonia = participant(MBT_PAGE, "Estonia")
    assert estonia.consent == date(2004, 5, 12)
    assert (estonia.withdrawal.notified, estonia.withdrawal.effective) == (
        date(2025, 6, 27),
        date(2025, 12, 27),
    )
    assert estonia.withdrawal.notification == "C.N.360.2025.TREATIES-XXVI-5"


def test_a_withdrawal_that_will_take_effect_is_read_with_its_date():
    poland = participant(MBT_PAGE, "Poland").withdrawal
    assert (poland.notified, poland.effective, poland.note) == (
        date(2025, 8, 20),
        date(2026, 2, 20),
        "8",
    )


def test_an_end_note_that_is_not_a_withdrawal_gives_none():
    assert participant(MBT_PAGE, "Ukraine").withdrawal is None


def test_provisional_application_on_a_ccm_page_is_not_a_consent():
    belize = participant(CCM_PAGE, "Belize")
    assert (belize.consent, belize.consent_type) == (date(2014, 9, 2), "accession")
    assert participant(CCM_PAGE, "Angola").consent is None


def test_a_ccm_withdrawal_is_read_from_its_end_note():
    lithuania = participant(CCM_PAGE, "Lithuania").withdrawal
    assert (lithuania.notified, lithuania.effective) == (date(2024, 9, 6), date(2025, 3, 6))


def test_a_page_without_the_participants_table_is_of_another_shape():
    with pytest.raises(WrongShape, match="no participants table"):
        read_status_page("<html><body><p>STATUS AS AT : 03-02-2026</p></body></html>")


def test_a_page_without_its_status_date_is_of_another_shape():
    html = MBT_PAGE.read_text(encoding="utf-8").replace("STATUS AS AT", "STATUS")
    with pytest.raises(WrongShape, match="no 'STATUS AS AT' date"):
        read_status_page(html)


def test_a_date_the_depositary_would_not_write_is_of_another_shape():
    html = MBT_PAGE.read_text(encoding="utf-8").replace("25 Jun\t 2025 a", "25/06/2025")
    with pytest.raises(WrongShape, match="Tonga: '25/06/2025' is not a date"):
        read_status_page(html)
