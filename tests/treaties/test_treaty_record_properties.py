"""Properties of records made of random facts, under a small-threshold copy of the MBT."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from treatywatch.treaties import MBT, ArmedConflict, Participation, Status, TreatyRecord

# The same rules with a threshold a handful of random states can reach.
SMALL_TREATY = replace(MBT, code="test", entry_into_force_threshold=3)
OPENED = SMALL_TREATY.opened_for_signature
SPAN_DAYS = 6000
LAST_DAY = OPENED + timedelta(days=SPAN_DAYS + 2000)

# Status order: a state only ever moves forward along it.
ORDER = list(Status)


def _day_after(draw, start: date, max_days: int = SPAN_DAYS) -> date:
    return start + timedelta(days=draw(st.integers(min_value=0, max_value=max_days)))


def _maybe_day_after(draw, start: date, max_days: int = SPAN_DAYS) -> date | None:
    return _day_after(draw, start, max_days) if draw(st.booleans()) else None


@st.composite
def participations(draw, iso3: str):
    signed = _maybe_day_after(draw, OPENED)
    if not draw(st.booleans()):
        return Participation(iso3, signed=signed)
    consented = _day_after(draw, signed or OPENED)
    consent_type = draw(st.sampled_from(["ratification", "accession", "succession"]))
    succession = None
    if consent_type == "succession" and draw(st.booleans()):
        succession = consented - timedelta(days=draw(st.integers(min_value=0, max_value=400)))
    notified = _maybe_day_after(draw, consented, 3000)
    return Participation(iso3, signed, consented, consent_type, succession, notified)


def _conflict(draw, participation: Participation) -> ArmedConflict:
    # Start near the withdrawal notice, where a conflict can hold the withdrawal back.
    near = participation.withdrawal_notified or OPENED
    start = near + timedelta(days=draw(st.integers(min_value=-400, max_value=300)))
    return ArmedConflict(participation.iso3, start, _maybe_day_after(draw, start, 900))


@st.composite
def records(draw):
    codes = [f"S{n:02d}" for n in range(draw(st.integers(min_value=1, max_value=12)))]
    facts = [draw(participations(iso3)) for iso3 in codes]
    conflicts = [
        _conflict(draw, participation)
        for participation in draw(st.lists(st.sampled_from(facts), max_size=3, unique_by=id))
    ]
    extra_states = [f"X{n:02d}" for n in range(draw(st.integers(min_value=0, max_value=3)))]
    return TreatyRecord(SMALL_TREATY, facts, extra_states, conflicts)


sample_days = st.lists(
    st.dates(min_value=OPENED - timedelta(days=30), max_value=LAST_DAY), min_size=1, max_size=8
)


@settings(max_examples=60, deadline=None)
@given(records(), sample_days)
def test_daily_counts_equals_counts_on_for_sampled_days(record, days):
    start, end = min(days), max(days)
    series = dict(record.daily_counts(start, end))
    for sampled in days:
        assert series[sampled] == record.counts_on(sampled)


@settings(deadline=None)
@given(records(), sample_days)
def test_parties_never_exceed_the_universe_and_every_state_is_counted_once(record, days):
    for sampled in days:
        counts = record.counts_on(sampled)
        assert counts.parties <= len(record.states)
        assert counts.parties_in_force <= counts.parties
        others = counts.signed_not_party + counts.withdrawn + counts.not_signed
        assert counts.parties + others == len(record.states)


@settings(deadline=None)
@given(records())
def test_a_state_only_moves_forward_through_the_statuses(record):
    for iso3 in record.states:
        ranks = [ORDER.index(status) for _, status in record.status_changes(iso3)]
        assert ranks == sorted(ranks)


@settings(deadline=None)
@given(records())
def test_status_changes_agree_with_status_on_around_each_change(record):
    for iso3 in record.states:
        previous = Status.NOT_SIGNED
        for changed_on, status in record.status_changes(iso3):
            assert record.status_on(iso3, changed_on - timedelta(days=1)) == previous
            assert record.status_on(iso3, changed_on) == status
            previous = status


@settings(deadline=None)
@given(records())
def test_no_state_is_in_force_before_the_treaty(record):
    for iso3 in record.states:
        in_force = record.in_force_from(iso3)
        assert in_force is None or in_force >= record.entry_into_force
