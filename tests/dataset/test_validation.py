"""Each kind of bad row is reported as file:line: field: message, and only that row."""

import pytest

from treatywatch.dataset import validate_dataset


def problems_in(copy) -> list[str]:
    return [str(problem) for problem in validate_dataset(copy.folder)[1]]


def test_the_bundled_dataset_has_no_problems(bundled_data):
    dataset, problems = validate_dataset(bundled_data)
    assert [str(p) for p in problems] == []
    assert len(dataset["treaty_actions.csv"]) > 400


@pytest.mark.parametrize(
    "row, field, message",
    [
        (
            ["mbt", "XXX", "consent", "2010-01-04", "accession", "", "{source}", ""],
            "iso3",
            "'XXX' is not in states.csv",
        ),
        (
            ["mbt", "USA", "consent", "04/01/2010", "accession", "", "{source}", ""],
            "date",
            "'04/01/2010' is not a date: write YYYY-MM-DD",
        ),
        (
            ["mbt", "USA", "consent", "2010-02-30", "accession", "", "{source}", ""],
            "date",
            "'2010-02-30' is not a real day",
        ),
        (
            ["xyz", "USA", "consent", "2010-01-04", "accession", "", "{source}", ""],
            "treaty",
            "'xyz' is not one of: mbt, ccm",
        ),
        (
            ["mbt", "USA", "consent", "2010-01-04", "accession", "", "", ""],
            "source_id",
            "is required and empty",
        ),
        (
            ["mbt", "USA", "consent", "2010-01-04", "accession", "", "no-such-source", ""],
            "source_id",
            "'no-such-source' is not in sources.csv",
        ),
        (
            ["mbt", "USA", "consent", "2010-01-04", "ratification", "", "{source}", ""],
            "consent_type",
            "ratification needs a signature first",
        ),
        (
            ["mbt", "USA", "consent", "2010-01-04", "", "", "{source}", ""],
            "consent_type",
            "a consent needs its type",
        ),
        (
            ["mbt", "USA", "signature", "2010-01-04", "", "", "{source}", ""],
            "date",
            "after entry into force (1999-03-01): Art. 15 closes signature",
        ),
        (
            ["mbt", "USA", "signature", "1997-11-30", "", "", "{source}", ""],
            "date",
            "before the Mine Ban Treaty opened for signature on 1997-12-03",
        ),
        (
            ["mbt", "USA", "withdrawal_notice", "2010-01-04", "", "", "{source}", ""],
            "date",
            "needs an earlier consent",
        ),
    ],
)
def test_a_bad_treaty_action_is_reported_at_its_line_and_field(dataset_copy, row, field, message):
    row = [cell.format(source=dataset_copy.source_of("treaty_actions.csv")) for cell in row]
    line = dataset_copy.append("treaty_actions.csv", row)
    problems = problems_in(dataset_copy)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"treaty_actions.csv:{line}: {field}: ")
    assert message in problems[0]


def _action(copy, iso3: str, action: str, treaty: str = "mbt") -> dict:
    return next(
        r
        for r in copy.rows("treaty_actions.csv")
        if (r["treaty"], r["iso3"], r["action"]) == (treaty, iso3, action)
    )


def test_a_duplicate_action_names_the_line_it_repeats(dataset_copy):
    tonga = _action(dataset_copy, "TON", "consent")
    line = dataset_copy.append("treaty_actions.csv", list(tonga.values()))
    problems = problems_in(dataset_copy)
    assert len(problems) == 1 and problems[0].startswith(
        f"treaty_actions.csv:{line}: action: duplicate of line "
    )


def test_ratification_before_signature_is_impossible(dataset_copy):
    poland = _action(dataset_copy, "POL", "consent")
    dataset_copy.replace_text(
        "treaty_actions.csv", f"mbt,POL,consent,{poland['date']}", "mbt,POL,consent,1997-12-01"
    )
    problems = problems_in(dataset_copy)
    assert (
        len(problems) == 1
        and "date: ratification on 1997-12-01 is before the signature on 1997-12-04" in problems[0]
    )


def test_a_withdrawal_effective_date_that_breaks_article_20_is_refused(dataset_copy):
    notice = _action(dataset_copy, "EST", "withdrawal_notice")
    assert notice["effective_date"] == "2025-12-27"
    dataset_copy.replace_text(
        "treaty_actions.csv", "2025-06-27,,2025-12-27", "2025-06-27,,2025-12-01"
    )
    problems = problems_in(dataset_copy)
    assert len(problems) == 1
    assert (
        "effective_date: Art. 20: notified on 2025-06-27, it takes effect on 2025-12-27, not 2025-12-01"
        in problems[0]
    )


@pytest.mark.parametrize(
    "new_deadline, problem",
    [
        ("2027-03", None),
        ("2030", None),
        # A year-only deadline is due by its last day, which here is after the decision.
        ("2020", None),
        ("2020-10", "new_deadline: 2020-10 is not after the decision on 2020-11-20"),
        ("March 2027", "new_deadline: 'March 2027' is not a date"),
    ],
)
def test_an_extension_s_new_deadline_may_be_known_only_to_the_month_or_year(
    dataset_copy, new_deadline, problem
):
    source = dataset_copy.rows("sources.csv")[0]["id"]
    line = dataset_copy.append(
        "extensions.csv", ["mbt", "ZWE", "5", "2020-11-20", new_deadline, "", source]
    )
    problems = problems_in(dataset_copy)
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problems[0].startswith(f"extensions.csv:{line}: {problem}")


def test_an_armed_conflict_suspends_the_effect_of_a_withdrawal(dataset_copy):
    source = dataset_copy.source_of("treaty_actions.csv")
    dataset_copy.append(
        "armed_conflicts.csv",
        ["POL", "2026-01-01", "", "hypothetical conflict for the test", source],
    )
    problems = problems_in(dataset_copy)
    assert len(problems) == 1
    assert (
        "effective_date: Art. 20: notified on 2025-08-20, it takes effect only when the armed conflict ends, not on 2026-02-20"
        in problems[0]
    )


def test_a_file_with_the_wrong_columns_is_reported_once_at_its_header(dataset_copy):
    dataset_copy.replace_text("events.csv", "id,iso3,date", "id,country,date")
    problems = problems_in(dataset_copy)
    assert any(
        p.startswith("events.csv:1: (header): columns are 'id,country,date") for p in problems
    )


def test_a_row_with_too_few_cells_is_reported(dataset_copy):
    line = dataset_copy.append("figures.csv", ["USA", "2002"])
    assert f"figures.csv:{line}: (row): has 2 cells; expected 8" in problems_in(dataset_copy)


def test_vote_totals_must_match_the_roll_call(dataset_copy):
    resolution = dataset_copy.rows("unga_resolutions.csv")[5]
    old = f"{resolution['symbol']},{resolution['treaty']},{resolution['year']},{resolution['adopted_on']},{resolution['yes']},"
    dataset_copy.replace_text(
        "unga_resolutions.csv", old, old[: -len(resolution["yes"]) - 1] + "1,"
    )
    problems = problems_in(dataset_copy)
    assert (
        len(problems) == 1
        and f"yes: 1 recorded, but unga_votes.csv has {resolution['yes']} 'yes' votes"
        in problems[0]
    )


def test_a_missing_file_is_reported(dataset_copy):
    (dataset_copy.folder / "figures.csv").unlink()
    assert any(p.startswith("figures.csv:0: (file): missing") for p in problems_in(dataset_copy))


LONG_ID = "usa-" + "x" * 396


@pytest.mark.parametrize(
    "file, cells, field, message",
    [
        (
            "events.csv",
            [LONG_ID, "USA", "2020", "policy", "mbt", "Text.", "{source}"],
            "id",
            "is 400 characters long; at most 120 fit",
        ),
        (
            "sources.csv",
            ["long-url", "Title", "", "P", "", "https://example.org/" + "x" * 2000, "", ""],
            "url",
            "is 2020 characters long; at most 2000 fit",
        ),
        (
            "figures.csv",
            ["USA", "2020", "apm_stockpile", "x" * 121, "1", "no", "{source}", ""],
            "item",
            "is 121 characters long; at most 120 fit",
        ),
        (
            "unga_resolutions.csv",
            ["A/RES/99/1", "mbt", "2020", "", "40000", "0", "0", "{source}", "", "", "no"],
            "yes",
            "40000 is more than the 32767 the record can hold",
        ),
        (
            "figures.csv",
            ["USA", "2020", "apm_stockpile", "", "9" * 20, "no", "{source}", ""],
            "quantity",
            "is more than the 9223372036854775807 the record can hold",
        ),
    ],
)
def test_a_cell_longer_or_larger_than_the_record_holds_is_reported(
    dataset_copy, file, cells, field, message
):
    source = dataset_copy.source_of("events.csv")
    line = dataset_copy.append(file, [cell.format(source=source) for cell in cells])
    problems = problems_in(dataset_copy)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{file}:{line}: {field}: ") and message in problems[0]
