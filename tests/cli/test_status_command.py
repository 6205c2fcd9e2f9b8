import json

import pytest

STATE_KEYS = [
    "iso3",
    "name",
    "status",
    "signed",
    "consented",
    "consent_type",
    "in_force_from",
    "withdrawal_notified",
    "withdrawal_effective",
]


def status_json(cli, *args) -> dict:
    result = cli("status", "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_status_json_reproduces_the_published_count_of_2009(loaded_cli):
    report = status_json(loaded_cli, "--treaty", "mbt", "--as-of", "2009-11-30")
    assert (report["treaty"], report["as_of"]) == ("mbt", "2009-11-30")
    assert report["counts"]["parties"] == 156
    assert report["counts"]["signed_not_party"] == 2
    signed = sorted(s["iso3"] for s in report["states"] if s["status"] == "signed")
    assert signed == ["MHL", "POL"]
    # The Monitor and Human Rights Watch counted 37 states that had never signed.
    assert report["counts"]["not_signed"] == 37


def test_a_state_is_in_no_status_list_before_it_existed(loaded_cli):
    before = status_json(loaded_cli, "--treaty", "mbt", "--as-of", "2009-11-30")
    after = status_json(loaded_cli, "--treaty", "mbt", "--as-of", "2011-07-09")
    assert "SSD" not in {s["iso3"] for s in before["states"]}
    assert "SSD" in {s["iso3"] for s in after["states"]}
    assert len(before["states"]) == sum(
        before["counts"][k] for k in ("parties", "signed_not_party", "withdrawn", "not_signed")
    )


def test_status_json_gives_every_state_with_the_documented_keys(loaded_cli):
    report = status_json(loaded_cli, "--treaty", "mbt", "--as-of", "2009-11-30")
    assert list(report["counts"])[:5] == [
        "parties",
        "parties_in_force",
        "signed_not_party",
        "withdrawal_pending",
        "withdrawn",
    ]
    assert all(list(state) == STATE_KEYS for state in report["states"])
    assert len(report["states"]) >= 195


def test_status_for_one_state_shows_only_what_was_known_on_that_date(loaded_cli):
    report = status_json(loaded_cli, "--treaty", "mbt", "--as-of", "2009-11-30", "--state", "POL")
    assert report["states"] == [
        {
            "iso3": "POL",
            "name": report["states"][0]["name"],
            "status": "signed",
            "signed": "1997-12-04",
            "consented": None,
            "consent_type": None,
            "in_force_from": None,
            "withdrawal_notified": None,
            "withdrawal_effective": None,
        }
    ]


def test_status_of_a_withdrawing_state_gives_the_date_the_withdrawal_takes_effect(loaded_cli):
    finland = status_json(loaded_cli, "--treaty", "mbt", "--as-of", "2025-12-01", "--state", "fin")[
        "states"
    ][0]
    assert (finland["status"], finland["withdrawal_notified"], finland["withdrawal_effective"]) == (
        "withdrawal_pending",
        "2025-07-10",
        "2026-01-10",
    )


def test_status_counts_withdrawals_once_they_take_effect(loaded_cli):
    counts = status_json(loaded_cli, "--treaty", "mbt", "--as-of", "2025-12-27")["counts"]
    assert counts["withdrawn"] == 3 and counts["withdrawal_pending"] == 2


def test_status_as_text_is_a_readable_table(loaded_cli):
    result = loaded_cli("status", "--treaty", "ccm", "--as-of", "2010-08-01", "--state", "LTU")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("CCM as of 2010-08-01: parties: ")
    assert lines[2].split()[:3] == ["iso3", "name", "status"]
    assert lines[3].startswith("LTU") and "Signatory" in lines[3]


def test_status_defaults_to_today(loaded_cli):
    from datetime import date

    assert (
        status_json(loaded_cli, "--treaty", "mbt", "--state", "TON")["as_of"]
        == date.today().isoformat()
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["--treaty", "xyz"], "argument --treaty: invalid choice: 'xyz'"),
        (["--treaty", "mbt", "--state", "XYZ"], "unknown state 'XYZ'"),
        (
            ["--treaty", "mbt", "--as-of", "2009-13-01"],
            "argument --as-of: '2009-13-01' is not a date; write YYYY-MM-DD",
        ),
        (
            ["--treaty", "mbt", "--as-of", "20091130"],
            "argument --as-of: '20091130' is not a date; write YYYY-MM-DD",
        ),
        (
            ["--treaty", "mbt", "--as-of", "2009-W48-1"],
            "argument --as-of: '2009-W48-1' is not a date; write YYYY-MM-DD",
        ),
        (
            ["--treaty", "mbt", "--as-of", "9999-12-31"],
            "argument --as-of: 9999-12-31 is outside the dates TreatyWatch answers for: give one from 1990-01-01 to ",
        ),
        (["--treaty", "mbt", "--format", "yaml"], "argument --format: invalid choice: 'yaml'"),
        ([], "the following arguments are required: --treaty"),
    ],
)
def test_a_bad_argument_prints_one_line_and_exits_2(loaded_cli, args, message):
    result = loaded_cli("status", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr
    assert result.stderr.startswith("treatywatch status: ")


def test_status_on_a_database_without_a_record_says_what_to_run(empty_cli):
    result = empty_cli("status", "--treaty", "mbt")
    assert result.returncode == 1
    assert "run `treatywatch migrate` first" in result.stderr
