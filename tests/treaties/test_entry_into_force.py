from datetime import date

import pytest

from treatywatch.treaties import MBT, Participation, state_entry_into_force
from treatywatch.treaties.entry_into_force import treaty_entry_into_force

day = date.fromisoformat
MBT_IN_FORCE = day("1999-03-01")


def test_the_mine_ban_treaty_entered_into_force_on_1_march_1999(mbt_record):
    assert mbt_record.entry_into_force == MBT_IN_FORCE


def test_the_convention_on_cluster_munitions_entered_into_force_on_1_august_2010(ccm_record):
    assert ccm_record.entry_into_force == day("2010-08-01")


def test_the_treaty_is_not_in_force_before_the_threshold_is_reached(mbt_participations):
    first_39 = sorted((p for p in mbt_participations if p.consented), key=lambda p: p.consented)[
        :39
    ]
    assert treaty_entry_into_force(MBT, first_39) is None


def test_successions_do_not_count_towards_the_threshold():
    deposits = [Participation(f"S{n:02d}", consented=day("1998-01-05")) for n in range(39)]
    succession = Participation("SUC", consented=day("1998-02-05"), consent_type="succession")
    assert treaty_entry_into_force(MBT, [*deposits, succession]) is None


@pytest.mark.parametrize(
    "case, participation, expected",
    [
        (
            "Canada, the first deposit: with the treaty (Art. 17(1))",
            Participation("CAN", day("1997-12-03"), day("1997-12-03"), "ratification"),
            "1999-03-01",
        ),
        (
            "Burkina Faso, the 40th deposit (Art. 17(1))",
            Participation("BFA", day("1997-12-03"), day("1998-09-16"), "ratification"),
            "1999-03-01",
        ),
        (
            "a deposit later in the 40th deposit's month (Art. 17(2))",
            Participation("XXX", consented=day("1998-09-24"), consent_type="ratification"),
            "1999-03-01",
        ),
        (
            "a deposit after the 40th, before the treaty is in force (Art. 17(2))",
            Participation("XXX", consented=day("1998-10-01"), consent_type="ratification"),
            "1999-04-01",
        ),
        (
            "Afghanistan's accession (Art. 17(2))",
            Participation("AFG", consented=day("2002-09-11"), consent_type="accession"),
            "2003-03-01",
        ),
        (
            "Tonga's accession (Art. 17(2))",
            Participation("TON", consented=day("2025-06-25"), consent_type="accession"),
            "2025-12-01",
        ),
        (
            "Montenegro's succession, date of succession unknown: from the notification",
            Participation("MNE", consented=day("2006-10-23"), consent_type="succession"),
            "2006-10-23",
        ),
        (
            "a succession with a known date: bound from the succession",
            Participation(
                "MNE",
                consented=day("2006-10-23"),
                consent_type="succession",
                succession_effective=day("2006-06-03"),
            ),
            "2006-06-03",
        ),
        (
            "a succession never earlier than the treaty itself",
            Participation(
                "XXX",
                consented=day("1998-05-01"),
                consent_type="succession",
                succession_effective=day("1998-01-01"),
            ),
            "1999-03-01",
        ),
    ],
)
def test_state_entry_into_force_follows_article_17(case, participation, expected):
    assert state_entry_into_force(participation, MBT_IN_FORCE) == day(expected), case


def test_a_signatory_without_consent_has_no_entry_into_force():
    signatory = Participation("MHL", signed=day("1997-12-04"))
    assert state_entry_into_force(signatory, MBT_IN_FORCE) is None


def test_no_state_is_in_force_before_the_treaty_is():
    early = Participation("CAN", day("1997-12-03"), day("1997-12-03"), "ratification")
    assert state_entry_into_force(early, None) is None


@pytest.mark.parametrize(
    "iso3, in_force",
    [
        ("CAN", "1999-03-01"),
        ("BFA", "1999-03-01"),
        ("GNQ", "1999-03-01"),
        ("AFG", "2003-03-01"),
        ("UKR", "2006-06-01"),
        ("MNE", "2006-10-23"),
        ("SSD", "2011-11-11"),
        ("POL", "2013-06-01"),
        ("MHL", "2025-09-01"),
        ("TON", "2025-12-01"),
    ],
)
def test_the_record_gives_each_state_its_mine_ban_treaty_entry_into_force(
    mbt_record, iso3, in_force
):
    assert mbt_record.in_force_from(iso3) == day(in_force)


def test_states_that_never_joined_have_no_entry_into_force(mbt_record):
    assert mbt_record.in_force_from("USA") is None
