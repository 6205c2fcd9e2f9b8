from datetime import date

import pytest

from treatywatch.treaties import Status

day = date.fromisoformat


@pytest.mark.parametrize(
    "iso3, on, status",
    [
        ("NOR", "2008-12-02", Status.NOT_SIGNED),
        ("NOR", "2008-12-03", Status.PARTY),
        ("NOR", "2010-08-01", Status.PARTY_IN_FORCE),
        ("BFA", "2010-02-15", Status.SIGNED),
        ("BFA", "2010-02-16", Status.PARTY),
        ("CAN", "2015-09-01", Status.PARTY_IN_FORCE),
        ("CAN", "2015-08-31", Status.PARTY),
        ("AGO", "2026-11-23", Status.SIGNED),
        ("SSD", "2024-02-01", Status.PARTY_IN_FORCE),
        ("LTU", "2024-09-05", Status.PARTY_IN_FORCE),
        ("LTU", "2024-09-06", Status.WITHDRAWAL_PENDING),
        ("LTU", "2025-03-05", Status.WITHDRAWAL_PENDING),
        ("LTU", "2025-03-06", Status.WITHDRAWN),
        ("USA", "2026-11-23", Status.NOT_SIGNED),
    ],
)
def test_cluster_munition_statuses_follow_the_same_rules(ccm_record, iso3, on, status):
    assert ccm_record.status_on(iso3, day(on)) == status


def test_lithuania_left_the_convention_on_cluster_munitions_on_6_march_2025(ccm_record):
    assert ccm_record.withdrawal_effective("LTU") == day("2025-03-06")


def test_the_convention_had_no_party_in_force_before_1_august_2010(ccm_record):
    assert ccm_record.counts_on(day("2010-07-31")).parties_in_force == 0
    assert ccm_record.counts_on(day("2010-08-01")).parties_in_force >= 30
