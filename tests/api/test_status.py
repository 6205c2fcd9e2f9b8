from datetime import date

import pytest

from treatywatch.record.reports import status_report

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "as_of, count, expected",
    [
        ("2009-11-30", "parties", 156),
        ("2009-11-30", "signed_not_party", 2),
        ("2014-09-23", "parties", 162),
        ("2025-12-27", "withdrawn", 3),
        ("2025-12-27", "withdrawal_pending", 2),
    ],
)
def test_the_mine_ban_treaty_status_gives_the_published_counts(get_json, as_of, count, expected):
    assert get_json(f"/api/v1/treaties/mbt/status?as_of={as_of}")["counts"][count] == expected


def test_the_status_is_the_same_object_as_the_status_command_prints(get_json, snapshot):
    answer = get_json("/api/v1/treaties/mbt/status?as_of=2009-11-30")
    assert answer == status_report("mbt", date(2009, 11, 30))
    snapshot("mbt_status_2009-11-30", answer)


def test_the_status_defaults_to_today(get_json):
    assert get_json("/api/v1/treaties/ccm/status")["as_of"] == date.today().isoformat()


def test_one_state_s_status_keeps_the_counts_and_holds_that_state_only(get_json):
    answer = get_json("/api/v1/treaties/mbt/status/pol?as_of=2009-11-30")
    assert answer["counts"]["parties"] == 156
    assert [(s["iso3"], s["status"], s["signed"]) for s in answer["states"]] == [
        ("POL", "signed", "1997-12-04")
    ]


def test_the_united_states_is_not_party_to_either_treaty(get_json):
    for code in ("mbt", "ccm"):
        assert (
            get_json(f"/api/v1/treaties/{code}/status/usa")["states"][0]["status"] == "not_signed"
        )
