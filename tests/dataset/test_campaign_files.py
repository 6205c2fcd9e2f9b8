"""Publications, campaigns and asks are checked like every dataset file: each bad row is
reported as file:line: field: message."""

import pytest

from treatywatch.dataset import validate_dataset

LETTER = "uscbl-2022-01-31-letter-biden"
SOURCE = "uscbl-letter-biden-2022-01-31"


def problems_in(copy) -> list[str]:
    return [str(problem) for problem in validate_dataset(copy.folder)[1]]


def ask(criterion, treaty="", category="", breach="", exception="", by=""):
    return [
        "uscbl-2022-biden-letter",
        "9",
        "USA",
        "An ask",
        criterion,
        treaty,
        category,
        breach,
        exception,
        by,
        SOURCE,
    ]


@pytest.mark.parametrize(
    "row, field, message",
    [
        (ask("party_by"), "treaty", "the criterion party_by needs a treaty"),
        (ask("policy_after", "mbt"), "category", "the criterion policy_after needs a category"),
        (ask("no_event_after", "mbt"), "category", "the criterion no_event_after needs a category"),
        (ask("votes_yes", "mbt", by="2023-12-31"), "by", "only party_by reads a by, not votes_yes"),
        (
            ask("party_by", "mbt", breach="transfer"),
            "breach",
            "only policy_after reads a breach, not party_by",
        ),
        (ask("stays_at_home", "mbt"), "criterion", "'stays_at_home' is not one of: party_by"),
        (
            ["no-such-campaign", "1", "USA", "An ask", "not_judged", "", "", "", "", "", SOURCE],
            "campaign",
            "'no-such-campaign' is not in campaigns.csv",
        ),
    ],
)
def test_a_bad_ask_is_reported_at_its_line_and_field(dataset_copy, row, field, message):
    line = dataset_copy.append("asks.csv", row)
    problems = problems_in(dataset_copy)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"asks.csv:{line}: {field}: {message}")


@pytest.mark.parametrize(
    "states, message",
    [
        ("USA XXX", "'XXX' is not in states.csv"),
        ("USA usa", "'usa' is not an ISO 3166-1 alpha-3 code"),
        ("USA USA", "names a state twice"),
    ],
)
def test_a_publication_names_only_states_of_the_record(dataset_copy, states, message):
    row = [
        "x-2022-letter",
        "letter",
        "2022-02-01",
        "A letter",
        "An organisation",
        "",
        states,
        "",
        "",
        "Its gist.",
        SOURCE,
    ]
    line = dataset_copy.append("publications.csv", row)
    [problem] = problems_in(dataset_copy)
    assert problem.startswith(f"publications.csv:{line}: states: {message}")


def test_a_campaign_cites_a_publication_of_the_record_and_no_earlier_day(dataset_copy):
    unknown = dataset_copy.append(
        "campaigns.csv",
        ["a", "Asks", "no-such-publication", "Someone", "Someone else", "2022-02-01", SOURCE, ""],
    )
    early = dataset_copy.append(
        "campaigns.csv", ["b", "Asks", LETTER, "Someone", "Someone else", "2021-12-01", SOURCE, ""]
    )
    assert problems_in(dataset_copy) == [
        f"campaigns.csv:{unknown}: publication: 'no-such-publication' is not in publications.csv",
        f"campaigns.csv:{early}: asked_on: is before its publication's date (2022-01-31)",
    ]


def test_the_2022_letter_holds_eight_asks_each_citing_the_letter(dataset_copy):
    asks = [
        row for row in dataset_copy.rows("asks.csv") if row["campaign"] == "uscbl-2022-biden-letter"
    ]
    assert [int(row["number"]) for row in asks] == list(range(1, 9))
    assert {row["source_id"] for row in asks} == {SOURCE}
