"""The daily series moves each state from the status of the day before to the status of the
day, even when a state changes on two days running or acts before it exists."""

from datetime import date, timedelta

from treatywatch.treaties import MBT, Participation, TreatyRecord, series
from treatywatch.treaties.milestones import Milestones

day = date.fromisoformat


def recounted(record, start, end):
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    return [(on, record.counts_on(on)) for on in days]


def test_a_state_that_ratifies_the_day_after_signing_is_counted_right_on_both_days(
    mbt_participations,
):
    quick = Participation(
        "ZZZ", signed=day("1998-03-02"), consented=day("1998-03-03"), consent_type="ratification"
    )
    record = TreatyRecord(MBT, [*mbt_participations, quick])
    start, end = day("1998-03-01"), day("1998-03-04")
    assert record.daily_counts(start, end) == recounted(record, start, end)


def test_a_state_counts_from_its_first_day_even_where_the_record_dates_acts_before_it(
    mbt_participations,
):
    early = Participation("ZZZ", signed=day("2011-07-01"))
    record = TreatyRecord(MBT, [*mbt_participations, early], existence={"ZZZ": day("2011-07-09")})
    start, end = day("2011-06-30"), day("2011-07-10")
    assert record.daily_counts(start, end) == recounted(record, start, end)
    assert record.exists_from("ZZZ") == day("2011-07-09")
    assert record.exists_from("USA") is None


def test_without_first_days_every_state_counts_on_every_day():
    signatory = Milestones(signed=day("1997-12-03"))
    [(_, before), (_, after)] = series.daily_counts(
        [signatory, Milestones()], day("1997-12-02"), day("1997-12-03")
    )
    assert (before.not_signed, after.not_signed, after.signed_not_party) == (2, 1, 1)
    assert series.change_dates([signatory]) == [day("1997-12-03")]
