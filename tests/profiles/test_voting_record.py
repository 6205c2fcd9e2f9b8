from datetime import date

import pytest

from treatywatch.profiles.voting_record import (
    ResolutionVote,
    short_resolution_name,
    votes_known_by,
    voting_record_clauses,
    voting_record_words,
)

# The pro-ban resolutions of 1997-2009 as the record holds them (1997 without an adoption day).
SYMBOLS = {
    1997: ("A/RES/52/38 A", None),
    1998: ("A/RES/53/77 N", "1998-12-04"),
    1999: ("A/RES/54/54 B", "1999-12-01"),
    2000: ("A/RES/55/33 V", "2000-11-20"),
    2001: ("A/RES/56/24 M", "2001-11-29"),
    2002: ("A/RES/57/74", "2002-11-22"),
    2003: ("A/RES/58/53", "2003-12-08"),
    2004: ("A/RES/59/84", "2004-12-03"),
    2005: ("A/RES/60/80", "2005-12-08"),
    2006: ("A/RES/61/84", "2006-12-06"),
    2007: ("A/RES/62/41", "2007-12-05"),
    2008: ("A/RES/63/42", "2008-12-02"),
    2009: ("A/RES/64/56", "2009-12-02"),
}
END_OF_2009 = date(2009, 12, 31)


def votes(by_year: dict[int, str | None]) -> list[ResolutionVote]:
    """The state's vote per year; a year left out had no resolution, None had no recorded vote."""
    return [
        ResolutionVote(
            year,
            SYMBOLS[year][0],
            date.fromisoformat(SYMBOLS[year][1]) if SYMBOLS[year][1] else None,
            vote,
        )
        for year, vote in by_year.items()
    ]


def every_year(vote, first=1997, last=2009):
    return {year: vote for year in range(first, last + 1)}


@pytest.mark.parametrize(
    ("by_year", "expected"),
    [
        (
            every_year("abstain"),
            "Abstained on Resolution 64/56 in December 2009, as in all previous years.",
        ),
        (
            every_year("yes"),
            "Voted in favour of Resolution 64/56 in December 2009, as in all previous years.",
        ),
        (
            every_year("abstain", 2005, 2008) | {2009: "yes"},
            "Voted in favour of Resolution 64/56 in December 2009, having abstained every year "
            "2005–2008.",
        ),
        (
            every_year("abstain", 2005, 2007) | every_year("yes", 2008, 2009),
            "Voted in favour of Resolution 64/56 in December 2009, as in every year since 2008, "
            "having abstained every year 2005–2007.",
        ),
        (
            {2007: "yes", 2008: None, 2009: "yes"},
            # An unknown year breaks no run: it is named on its own.
            "Voted in favour of Resolution 64/56 in December 2009, as in 2007. "
            "Vote not known in 2008.",
        ),
        (
            {2007: "yes", 2008: "yes", 2009: None},
            "Vote not known on Resolution 64/56 in December 2009. "
            "Earlier: voted in favour in 2007–2008.",
        ),
        (
            {2007: "no", 2008: "abstain", 2009: "abstain"},
            "Abstained on Resolution 64/56 in December 2009, as in every year since 2008, having voted against in 2007.",
        ),
        (
            every_year(None, 2007),
            "No vote known on any of the 3 pro-ban UNGA resolutions from 2007 to 2009.",
        ),
        ({2009: None}, "Vote not known on Resolution 64/56 in December 2009."),
        ({2009: "yes"}, "Voted in favour of Resolution 64/56 in December 2009."),
        ({}, "The record holds no vote on a pro-ban UNGA resolution up to this date."),
    ],
    ids=[
        "abstained-every-year",
        "yes-every-year",
        "changed-vote",
        "changed-vote-two-years-ago",
        "a-year-without-a-vote",
        "no-vote-in-the-latest-year",
        "against-then-abstained",
        "no-votes-at-all",
        "one-resolution-no-vote",
        "one-resolution-yes",
        "no-resolution-yet",
    ],
)
def test_the_voting_record_in_words(by_year, expected):
    assert voting_record_words(votes(by_year), END_OF_2009, recorded_through=2019) == expected


def test_a_view_of_a_day_before_the_vote_tells_the_previous_year():
    words = voting_record_words(
        votes(every_year("abstain")), date(2009, 12, 1), recorded_through=2019
    )
    assert words == "Abstained on Resolution 63/42 in December 2008, as in all previous years."


def test_a_resolution_without_an_adoption_day_counts_from_the_end_of_its_year():
    record = votes({1997: "abstain"})
    assert votes_known_by(record, date(1997, 12, 30)) == []
    assert (
        voting_record_words(record, date(1997, 12, 31), 2019)
        == "Abstained on Resolution 52/38 A in 1997."
    )


def test_after_the_last_recorded_year_the_words_say_where_the_record_stops():
    words = voting_record_words(
        votes(every_year("abstain")), date(2026, 11, 23), recorded_through=2009
    )
    assert words.endswith("as in all previous years. The record holds no votes after 2009.")


def test_within_the_recorded_years_no_gap_is_announced():
    words = voting_record_words(
        votes(every_year("abstain")), date(2009, 12, 31), recorded_through=2009
    )
    assert "no votes after" not in words


@pytest.mark.parametrize(
    ("symbol", "short"),
    [
        ("A/RES/64/56", "Resolution 64/56"),
        ("A/RES/52/38 A", "Resolution 52/38 A"),
    ],
)
def test_the_symbol_is_shortened_to_the_session_and_number(symbol, short):
    assert short_resolution_name(symbol) == short


def test_a_resolution_whose_symbol_is_not_recorded_is_named_by_its_year():
    key = "UNGA 77 (2022) MBT, symbol not recorded"
    assert short_resolution_name(key, 2022) == "the 2022 resolution (symbol not recorded)"


def test_two_resolutions_of_one_year_voted_on_differently_are_named():
    day = date.fromisoformat
    record = [
        ResolutionVote(1997, "A/RES/52/38 A", day("1997-12-09"), "abstain"),
        ResolutionVote(1997, "A/RES/52/38 H", day("1997-12-09"), "yes"),
        ResolutionVote(1998, "A/RES/53/77 N", day("1998-12-04"), "abstain"),
        ResolutionVote(1999, "A/RES/54/54 B", day("1999-12-01"), "abstain"),
    ]
    assert voting_record_words(record, END_OF_2009, 2009) == (
        "Abstained on Resolution 54/54 B in December 1999, as in every year since 1998, "
        "having voted in favour in 1997 (Resolution 52/38 H). "
        "Earlier: abstained in 1997 (Resolution 52/38 A)."
    )


def test_a_state_listed_as_not_voting_did_not_vote_and_a_missing_one_is_unknown():
    by_year = {2007: "absent", 2008: None, 2009: "yes"}
    assert voting_record_words(votes(by_year), END_OF_2009, 2009) == (
        "Voted in favour of Resolution 64/56 in December 2009, having not voted in 2007. "
        "Vote not known in 2008."
    )


def runs_of(*spans):
    """Votes from (first year, last year, vote) spans, one resolution a year."""
    return [
        ResolutionVote(year, f"A/RES/{year - 1945}/1", date(year, 12, 1), vote)
        for first, last, vote in spans
        for year in range(first, last + 1)
    ]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # Russia: against in 2023 and 2025 after years of abstaining; 2024 not known.
        (
            [(1997, 2022, "abstain"), (2023, 2023, "no"), (2024, 2024, None), (2025, 2025, "no")],
            "Voted against Resolution 80/1 in December 2025, as in 2023, having abstained every "
            "year 1997–2022. Vote not known in 2024.",
        ),
        # The states that announced withdrawal: in favour for decades, then abstained in 2025.
        (
            [(1996, 2023, "yes"), (2024, 2024, None), (2025, 2025, "abstain")],
            "Abstained on Resolution 80/1 in December 2025, having voted in favour every year "
            "1996–2023. Vote not known in 2024.",
        ),
        (
            [(1997, 2019, "yes"), (2020, 2022, "abstain"), (2023, 2023, "no"), (2024, 2024, None)]
            + [(2025, 2025, "no")],
            "Voted against Resolution 80/1 in December 2025, as in 2023, having abstained every "
            "year 2020–2022. Earlier: voted in favour every year 1997–2019. Vote not known in 2024.",
        ),
    ],
    ids=["against-after-abstaining", "abstained-after-voting-in-favour", "three-runs"],
)
def test_votes_read_as_runs_and_say_how_voting_changed(spans, expected):
    assert voting_record_words(runs_of(*spans), date(2025, 12, 31), 2025) == expected


def test_each_run_is_one_clause_citing_all_its_votes():
    record = runs_of((1996, 2023, "yes"), (2024, 2024, None), (2025, 2025, "abstain"))
    clauses = voting_record_clauses(record, date(2025, 12, 31), 2025)
    assert [len(clause.votes) for clause in clauses] == [1, 28, 1]
