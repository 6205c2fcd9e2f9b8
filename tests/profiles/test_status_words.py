from datetime import date

import pytest

from treatywatch.profiles.status_words import parties_words, status_words
from treatywatch.treaties import CCM, MBT, Status
from treatywatch.treaties.standing import Standing

day = date.fromisoformat


def standing(
    status,
    signed=None,
    consented=None,
    consent_type=None,
    in_force=None,
    notified=None,
    effective=None,
):
    as_dates = [day(d) if d else None for d in (signed, consented, in_force, notified, effective)]
    signed, consented, in_force, notified, effective = as_dates
    return Standing("XXX", status, signed, consented, consent_type, in_force, notified, effective)


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (standing(Status.NOT_SIGNED), "Not a State Party"),
        (
            standing(Status.SIGNED, signed="1997-12-04"),
            "Signatory (signed 4 Dec 1997), not ratified",
        ),
        (
            standing(
                Status.PARTY_IN_FORCE, "1997-12-03", "1997-12-03", "ratification", "1999-03-01"
            ),
            "State Party: ratified 3 Dec 1997, in force 1 Mar 1999",
        ),
        (
            standing(Status.PARTY_IN_FORCE, None, "2025-06-25", "accession", "2025-12-01"),
            "State Party: acceded 25 Jun 2025, in force 1 Dec 2025",
        ),
        (
            standing(Status.PARTY, None, "2025-06-25", "accession", "2025-12-01"),
            "State Party: acceded 25 Jun 2025, enters into force 1 Dec 2025",
        ),
        (
            standing(Status.PARTY_IN_FORCE, None, "2006-10-23", "succession", "2006-10-23"),
            "State Party: succeeded 23 Oct 2006, in force 23 Oct 2006",
        ),
        (
            standing(Status.PARTY, "1997-12-03", "1997-12-03", "ratification", None),
            "State Party: ratified 3 Dec 1997, entry into force not yet fixed",
        ),
        (
            standing(
                Status.WITHDRAWAL_PENDING,
                None,
                "2004-05-12",
                "accession",
                "2004-11-01",
                "2025-06-27",
                "2025-12-27",
            ),
            "State Party, withdrawing: acceded 12 May 2004, in force 1 Nov 2004; "
            "withdrawal notified 27 Jun 2025, effective 27 Dec 2025",
        ),
        (
            standing(
                Status.WITHDRAWN,
                None,
                "2004-05-12",
                "accession",
                "2004-11-01",
                "2025-06-27",
                "2025-12-27",
            ),
            "Not a State Party (withdrawn): acceded 12 May 2004, in force 1 Nov 2004; "
            "withdrawal notified 27 Jun 2025, effective 27 Dec 2025",
        ),
    ],
    ids=[
        "not-signed",
        "signatory",
        "ratified",
        "acceded",
        "not-yet-in-force",
        "succession",
        "before-the-treaty-is-in-force",
        "withdrawal-pending",
        "withdrawn",
    ],
)
def test_a_status_in_words_names_its_dates(state, expected):
    assert status_words(state, MBT) == expected


def test_a_suspended_withdrawal_says_it_waits_for_the_conflict_to_end():
    state = standing(
        Status.WITHDRAWAL_SUSPENDED,
        None,
        "2004-05-12",
        "accession",
        "2004-11-01",
        "2026-01-10",
        None,
    )
    assert status_words(state, MBT) == (
        "State Party, withdrawal suspended: acceded 12 May 2004, in force 1 Nov 2004; withdrawal "
        "notified 10 Jan 2026; the six months ended 10 Jul 2026 during an armed conflict, so the "
        "withdrawal takes effect only when it ends (Art. 20(3))"
    )


def test_a_suspended_withdrawal_with_a_known_end_gives_the_effect_date():
    state = standing(
        Status.WITHDRAWAL_SUSPENDED,
        None,
        "2011-03-24",
        "ratification",
        "2011-09-01",
        "2026-01-10",
        "2027-02-02",
    )
    assert status_words(state, CCM).endswith(
        "takes effect 2 Feb 2027, the day after it ends (Art. 20(3))"
    )


@pytest.mark.parametrize(
    ("is_party", "parties", "expected"),
    [
        (True, 162, "One of 162 States Parties on 23 September 2014."),
        (False, 162, "162 states are party on 23 September 2014."),
        (False, 1, "1 state is party on 23 September 2014."),
        (False, 0, "No state is party on 23 September 2014."),
    ],
)
def test_the_number_of_parties_is_told_from_the_state_s_side(is_party, parties, expected):
    assert parties_words(is_party, parties, date(2014, 9, 23)) == expected
