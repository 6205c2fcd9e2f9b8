"""The examples issue 9 gives, found and judged on their documents' dates."""

from datetime import date

import pytest

DOC_DATE = date(2009, 11, 30)
TODAY = date(2026, 1, 1)

CASES = [
    # text, kind, subject, value, verdict on the document's date
    (
        "A total of 156 nations are party to the Mine Ban Treaty.",
        "count",
        "parties",
        156,
        "supported",
    ),
    (
        "Nearly all of the 37 states that have not yet joined the Mine Ban Treaty stockpile mines.",
        "count",
        "not_joined",
        37,
        "supported",
    ),
    (
        "Thirty-seven countries have not joined the Mine Ban Treaty.",
        "count",
        "not_joined",
        37,
        "supported",
    ),
    (
        "About 150 states are party to the Mine Ban Treaty.",
        "count",
        "parties",
        150,
        "approximately",
    ),
    (
        "More than 160 countries are party to the Mine Ban Treaty.",
        "count",
        "parties",
        160,
        "contradicted",
    ),
    (
        "The Second Review Conference in Cartagena in 2009 is under way.",
        "meeting",
        "rc-2",
        2009,
        "supported",
    ),
    (
        "The Second Review Conference in Cartagena in 2008 opened the Mine Ban Treaty's second decade.",
        "meeting",
        "rc-2",
        2008,
        "contradicted",
    ),
    (
        "The First Review Conference in Nairobi in 2005 was a success.",
        "meeting",
        "rc-1",
        2005,
        "contradicted",
    ),
    ("Burma is not party to the Mine Ban Treaty.", "status", "MMR", "not_party", "supported"),
    (
        "Ivory Coast is not party to the Mine Ban Treaty.",
        "status",
        "CIV",
        "not_party",
        "contradicted",
    ),
    (
        "Poland signed but has not ratified the Mine Ban Treaty.",
        "status",
        "POL",
        "signed_not_party",
        "supported",
    ),
    (
        "The Mine Ban Treaty entered into force on 1 March 1999.",
        "entry_into_force",
        "treaty",
        1999,
        "supported",
    ),
    (
        "The US is outside. Every other member of NATO is a State Party of the Mine Ban Treaty.",
        "group",
        "nato",
        "party",
        "contradicted",
    ),
    (
        "Every other member of the EU except Poland and Finland has joined the Mine Ban Treaty.",
        "group",
        "eu",
        "party",
        "supported",
    ),
]


@pytest.mark.parametrize("text, kind, subject, value, verdict", CASES)
def test_the_claim_is_found_and_judged_on_the_document_date(
    check, text, kind, subject, value, verdict
):
    [checked] = [
        c for c in check(text, as_of=DOC_DATE, today=TODAY).checked if c.claim.kind == kind
    ]
    assert (checked.claim.subject, checked.claim.value) == (subject, value)
    assert checked.verdict.on_document_date.verdict == verdict


def test_the_us_since_1991_claim_meets_the_single_use_of_2002_the_record_holds(check):
    [checked] = check("The US has not used antipersonnel mines since 1991.", as_of=DOC_DATE).checked
    assert (checked.claim.subject, checked.claim.value, checked.claim.detail) == (
        "USA",
        1991,
        "use:since",
    )
    assert checked.verdict.verdict == "contradicted"
    assert checked.verdict.on_document_date.record_value == 2002


def test_a_count_true_then_and_false_today_is_outdated(check):
    [checked] = check(
        "A total of 156 nations are party to the Mine Ban Treaty.", as_of=DOC_DATE, today=TODAY
    ).checked
    assert checked.verdict.verdict == "outdated"
    assert checked.verdict.today.record_value != 156


@pytest.mark.parametrize(
    "text, expected, rule",
    [
        ("Geneva, 30 November 2009 - 156 states are party.", date(2009, 11, 30), "found in text"),
        ("Dear Senator,\nMay 3, 2010\nWe write ...", date(2010, 5, 3), "found in text"),
        ("No date here at all.", TODAY, "today"),
    ],
)
def test_the_document_date_is_found_in_the_text_else_today(check, text, expected, rule):
    report = check(text, today=TODAY)
    assert (report.document_date, report.date_rule) == (expected, rule)


def test_a_given_date_wins_over_a_dateline(check):
    report = check("Geneva, 30 November 2009.", as_of=date(2012, 1, 1), today=TODAY)
    assert (report.document_date, report.date_rule) == (date(2012, 1, 1), "given")


@pytest.mark.parametrize("alias", ["the US", "America", "Washington", "United States"])
def test_aliases_name_the_united_states(check, alias):
    [checked] = check(f"{alias} is not party to the Mine Ban Treaty.", as_of=DOC_DATE).checked
    assert checked.claim.subject == "USA"


def test_the_us_stockpile_of_about_3_million_is_judged_on_its_document_date(check):
    [checked] = [
        c
        for c in check(
            "The US holds stockpiles of about 3 million antipersonnel mines.",
            as_of=date(2014, 9, 23),
            today=TODAY,
        ).checked
        if c.claim.kind == "figure"
    ]
    assert (checked.claim.subject, checked.claim.value, checked.claim.qualifier) == (
        "USA",
        3_000_000,
        "about",
    )
    assert checked.verdict.on_document_date.verdict == "supported"
    assert checked.verdict.on_document_date.record_value == 3_000_000


@pytest.mark.parametrize(
    "on, verdict", [(date(2009, 12, 10), "supported"), (DOC_DATE, "not_in_record")]
)
def test_the_us_abstention_on_64_56_is_known_from_the_day_of_the_vote(check, on, verdict):
    [checked] = check(
        "The United States abstained on Resolution 64/56 on the Mine Ban Treaty.", as_of=on
    ).checked
    assert (checked.claim.kind, checked.claim.value, checked.claim.detail) == (
        "vote",
        "abstain",
        "A/RES/64/56",
    )
    assert checked.verdict.on_document_date.verdict == verdict
