from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from treatywatch.treaties import MBT, ArmedConflict, withdrawal_takes_effect
from treatywatch.treaties.calendar import add_months, add_years, first_day_of_sixth_month_after

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
month_counts = st.integers(min_value=-240, max_value=240)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month


@given(days)
def test_first_day_of_sixth_month_after_is_a_first_day_six_months_on(deposit):
    result = first_day_of_sixth_month_after(deposit)
    assert result.day == 1
    assert _month_index(result) - _month_index(deposit) == 6
    assert deposit < result
    assert timedelta(days=150) <= result - deposit <= timedelta(days=184)


@given(days, month_counts)
def test_add_months_lands_in_the_right_month(start, months):
    result = add_months(start, months)
    assert _month_index(result) - _month_index(start) == months
    assert result.day <= start.day


@given(days.filter(lambda d: d.day <= 28), month_counts)
def test_add_months_round_trips_where_no_day_is_clamped(start, months):
    assert add_months(add_months(start, months), -months) == start


@given(days, st.integers(min_value=-100, max_value=100))
def test_add_years_keeps_the_calendar_day_except_29_february(start, years):
    result = add_years(start, years)
    assert result.year == start.year + years
    assert result.month == start.month
    assert result.day == start.day or (start.month, start.day, result.day) == (2, 29, 28)


@st.composite
def notice_and_conflicts(draw):
    """A notice date and conflicts that start and end around its six-month expiry."""
    notified = draw(days)
    conflicts = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        start = notified + timedelta(days=draw(st.integers(min_value=-2000, max_value=400)))
        length = draw(st.none() | st.integers(min_value=0, max_value=2000))
        end = None if length is None else start + timedelta(days=length)
        conflicts.append(ArmedConflict("XXX", start, end))
    return notified, conflicts


@given(notice_and_conflicts())
def test_a_withdrawal_never_takes_effect_before_six_months_after_notice(case):
    notified, conflicts = case
    effective = withdrawal_takes_effect(MBT, notified, conflicts)
    assert effective is None or effective >= add_months(notified, 6)


@given(notice_and_conflicts())
def test_a_withdrawal_never_takes_effect_while_the_state_is_at_war(case):
    notified, conflicts = case
    effective = withdrawal_takes_effect(MBT, notified, conflicts)
    expiry = add_months(notified, 6)
    if effective is not None:
        held_back = [c for c in conflicts if c.is_going_on(expiry)]
        assert not any(c.is_going_on(effective) for c in held_back)


@given(days)
def test_without_a_conflict_a_withdrawal_takes_effect_after_exactly_six_months(notified):
    assert withdrawal_takes_effect(MBT, notified, []) == add_months(notified, 6)
