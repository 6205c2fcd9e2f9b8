"""The days on which a deadline appears, moves or goes: what each obligation is called, an
extension decided on the day shown, a withdrawal taking effect on a deadline's day, and a
finding matched to its deadline."""

from datetime import date

import pytest

from treatywatch.treaties import CCM, MBT, Extension, Finding, Participation, TreatyRecord

day = date.fromisoformat

# In force 1 Dec 2025 (Art. 17(2)); its withdrawal, notified on 30 Oct 2027, takes effect
# on 30 Apr 2028 (Art. 20(2)), the day its annual report covering 2027 falls due.
NEWCOMER = Participation(
    "ZZZ",
    consented=day("2025-06-25"),
    consent_type="accession",
    withdrawal_notified=day("2027-10-30"),
)


def deadlines(participations, through, treaty=MBT, **facts):
    return TreatyRecord(treaty, [*participations, NEWCOMER], **facts).deadlines("ZZZ", day(through))


@pytest.mark.parametrize(
    "treaty, rows",
    [
        (
            MBT,
            [
                ("7(1)", "initial_report", None, "Submit the initial transparency report"),
                (
                    "7(2)",
                    "annual_report",
                    2026,
                    "Submit the annual transparency report covering 2026",
                ),
                ("4", "stockpile_destruction", None, "Destroy stockpiled antipersonnel mines"),
                ("5", "clearance", None, "Clear all antipersonnel mines in mined areas"),
            ],
        ),
        (
            CCM,
            [
                ("7(1)", "initial_report", None, "Submit the initial transparency report"),
                (
                    "7(2)",
                    "annual_report",
                    2026,
                    "Submit the annual transparency report covering 2026",
                ),
                ("3", "stockpile_destruction", None, "Destroy stockpiled cluster munitions"),
                (
                    "4",
                    "clearance",
                    None,
                    "Clear and destroy cluster munition remnants in contaminated areas",
                ),
            ],
        ),
    ],
)
def test_each_deadline_names_its_article_its_obligation_and_what_to_do(
    mbt_participations, ccm_participations, treaty, rows
):
    participations = mbt_participations if treaty is MBT else ccm_participations
    found = deadlines(participations, "2027-06-01", treaty)
    assert [(d.article, d.obligation, d.period, d.description) for d in found] == rows


@pytest.mark.parametrize(
    "through, due, extended",
    [
        ("2035-11-19", "2035-12-01", False),
        # MBT Art. 5(3): the meeting's decision counts from the day it is taken.
        ("2035-11-20", "2040-12-01", True),
    ],
)
def test_an_extension_counts_from_the_day_it_is_granted(mbt_participations, through, due, extended):
    extension = Extension("TON", "5", granted_on=day("2035-11-20"), new_deadline=day("2040-12-01"))
    record = TreatyRecord(MBT, mbt_participations, extensions=[extension])
    [clearance] = [d for d in record.deadlines("TON", day(through)) if d.article == "5"]
    assert (clearance.due, clearance.extended) == (day(due), extended)


OWED_SO_FAR = [
    ("initial_report", "2026-05-30"),
    ("annual_report", "2027-04-30"),
    ("annual_report", "2028-04-30"),
    ("stockpile_destruction", "2029-12-01"),
    ("clearance", "2035-12-01"),
]


@pytest.mark.parametrize(
    "through, owed",
    [
        # The day before the withdrawal takes effect the state is bound by all of them.
        ("2028-04-29", OWED_SO_FAR),
        # Art. 20(2): from the day it takes effect, nothing due that day or later is owed.
        ("2028-04-30", OWED_SO_FAR[:2]),
        ("2030-12-31", OWED_SO_FAR[:2]),
    ],
)
def test_a_withdrawal_ends_every_obligation_due_from_the_day_it_takes_effect(
    mbt_participations, through, owed
):
    found = deadlines(mbt_participations, through)
    assert [(d.obligation, d.due.isoformat()) for d in found] == owed


def test_a_completion_of_the_initial_report_counts_even_if_it_names_a_period(mbt_participations):
    # Only annual reports recur, so only they are matched by the year they cover.
    done = Finding(
        "ZZZ",
        "initial_report",
        period=2026,
        first_day=day("2026-05-01"),
        last_day=day("2026-05-01"),
    )
    found = deadlines(mbt_participations, "2027-06-01", findings=[done])
    [initial] = [d for d in found if d.obligation == "initial_report"]
    assert (initial.findings, initial.state_on(day("2027-06-01"))) == ((done,), "met")


def test_an_extension_the_convention_does_not_provide_for_is_refused_naming_those_it_does(
    ccm_participations,
):
    # CCM Arts. 3(3) and 4(5): only the stockpile and clearance deadlines can be extended.
    extension = Extension("NOR", "7", granted_on=day("2020-09-01"), new_deadline=day("2022-01-01"))
    with pytest.raises(
        ValueError, match=r"allows extensions of Art\. 3, 4 deadlines only, not Art\. 7"
    ):
        TreatyRecord(CCM, ccm_participations, extensions=[extension])
