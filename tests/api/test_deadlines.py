import pytest

from treatywatch.record.reports import deadlines_report

pytestmark = pytest.mark.django_db


def test_a_party_s_deadlines_are_the_deadlines_command_s_object(get_json):
    from datetime import date

    answer = get_json("/api/v1/treaties/mbt/deadlines/ton?as_of=2026-06-01")
    assert answer == deadlines_report("mbt", "TON", date(2026, 6, 1))
    # Tonga: in force 1 Dec 2025; Art. 7(1) initial report within 180 days, Art. 4 stockpiles within 4 years.
    due = {deadline["obligation"]: deadline["due"] for deadline in answer["deadlines"]}
    assert (due["initial_report"], due["stockpile_destruction"]) == ("2026-05-30", "2029-12-01")


def test_a_state_that_had_not_consented_owes_nothing(get_json):
    answer = get_json("/api/v1/treaties/mbt/deadlines/usa")
    assert (answer["status"], answer["deadlines"]) == ("not_signed", [])
