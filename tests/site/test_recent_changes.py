from dataclasses import replace
from datetime import date

import pytest

from treatywatch.profiles.facts import ActionFact, Citation
from treatywatch.site.pages.recent_changes import latest, treaty_changes
from treatywatch.treaties import CCM, MBT, ArmedConflict, Participation, TreatyRecord

DEPOSITARY = Citation("depositary", "Status of the treaty", publisher="UN")
CONFLICT = Citation("conflict", "A report on the conflict", publisher="Monitor")
NAMES = {"AAA": "Aland", "BBB": "Borduria", "CCC": "Carpania", "DDD": "Dorland"}
# One instrument is enough for this treaty to enter into force, so a handful of states will do.
SMALL_MBT = replace(MBT, entry_into_force_threshold=1)


def action(kind, day, consent_type=""):
    return ActionFact("mbt", kind, day, consent_type, DEPOSITARY)


ACTIONS = {
    "AAA": [
        action("signature", date(1997, 12, 3)),
        action("consent", date(1998, 1, 10), "ratification"),
    ],
    "BBB": [action("consent", date(1999, 2, 15), "accession")],
    "CCC": [action("consent", date(1999, 2, 15), "accession")],
    "DDD": [
        action("consent", date(1998, 3, 1), "accession"),
        action("withdrawal_notice", date(2001, 1, 10)),
    ],
}


@pytest.fixture(scope="module")
def record():
    participations = [
        Participation(
            "AAA",
            signed=date(1997, 12, 3),
            consented=date(1998, 1, 10),
            consent_type="ratification",
        ),
        Participation("BBB", consented=date(1999, 2, 15), consent_type="accession"),
        Participation("CCC", consented=date(1999, 2, 15), consent_type="accession"),
        Participation(
            "DDD",
            consented=date(1998, 3, 1),
            consent_type="accession",
            withdrawal_notified=date(2001, 1, 10),
        ),
    ]
    conflicts = [ArmedConflict("DDD", date(2001, 6, 1), date(2002, 1, 31))]
    return TreatyRecord(SMALL_MBT, participations, conflicts=conflicts)


def changes_on(record, as_of):
    return treaty_changes(record, ACTIONS, NAMES, as_of, {"DDD": [CONFLICT]})


def summary(changes):
    return [(c.day.isoformat(), c.what, [name for _, name in c.states]) for c in changes]


def test_every_step_up_to_the_date_newest_first(record):
    assert summary(changes_on(record, date(1999, 2, 15))) == [
        ("1999-02-15", "Acceded", ["Borduria", "Carpania"]),
        ("1998-09-01", "Entered into force", ["Dorland"]),
        ("1998-07-01", "Entered into force", ["Aland"]),
        ("1998-03-01", "Acceded", ["Dorland"]),
        ("1998-01-10", "Ratified", ["Aland"]),
        ("1997-12-03", "Signed", ["Aland"]),
    ]


def test_states_taking_the_same_step_on_the_same_day_are_one_change_with_their_sources(record):
    change = changes_on(record, date(1999, 2, 15))[0]
    assert change.states == (("BBB", "Borduria"), ("CCC", "Carpania"))
    assert change.sources == (DEPOSITARY,)


def test_nothing_after_the_date_is_shown(record):
    assert changes_on(record, date(1997, 12, 2)) == []


def test_a_withdrawal_held_back_by_an_armed_conflict_shows_when_the_six_months_ran_out(record):
    changes = summary(changes_on(record, date(2002, 12, 31)))[:3]
    assert changes == [
        ("2002-02-01", "Withdrawal took effect", ["Dorland"]),
        ("2001-07-10", "Withdrawal held back by an armed conflict (Art. 20(3))", ["Dorland"]),
        ("2001-01-10", "Notified withdrawal", ["Dorland"]),
    ]


def test_the_hold_back_cites_the_conflict_as_well_as_the_notice(record):
    held_back = changes_on(record, date(2002, 12, 31))[1]
    assert held_back.sources == (DEPOSITARY, CONFLICT)


def test_latest_keeps_the_most_recent_changes_of_all_treaties(record):
    ccm_record = TreatyRecord(
        replace(CCM, entry_into_force_threshold=1),
        [Participation("AAA", consented=date(2009, 1, 5), consent_type="ratification")],
    )
    ccm_actions = {
        "AAA": [ActionFact("ccm", "consent", date(2009, 1, 5), "ratification", DEPOSITARY)]
    }
    both = changes_on(record, date(2009, 12, 31)) + treaty_changes(
        ccm_record, ccm_actions, NAMES, date(2009, 12, 31)
    )
    newest = latest(both, 3)
    assert [(c.treaty.code, c.day.isoformat(), c.what) for c in newest] == [
        ("ccm", "2009-07-01", "Entered into force"),
        ("ccm", "2009-01-05", "Ratified"),
        ("mbt", "2002-02-01", "Withdrawal took effect"),
    ]
