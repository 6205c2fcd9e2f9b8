import json


def test_deadlines_for_tonga_follow_its_entry_into_force(loaded_cli):
    result = loaded_cli(
        "deadlines",
        "--treaty",
        "mbt",
        "--state",
        "TON",
        "--as-of",
        "2026-01-15",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    due = {(d["article"], d["obligation"]): d["due"] for d in report["deadlines"]}
    assert due == {
        ("7(1)", "initial_report"): "2026-05-30",
        ("4", "stockpile_destruction"): "2029-12-01",
        ("5", "clearance"): "2035-12-01",
    }
    states = {d["obligation"]: d["state"] for d in report["deadlines"]}
    # A source says Tonga held no stockpile and had no mined areas.
    assert states == {
        "initial_report": "upcoming",
        "stockpile_destruction": "not_applicable",
        "clearance": "not_applicable",
    }
    assert all(d["original_due"] == d["due"] and d["extensions"] == [] for d in report["deadlines"])
    assert [f["finding"] for f in report["deadlines"][1]["findings"]] == ["not_applicable"]


def test_a_state_that_had_not_consented_has_no_deadlines(loaded_cli):
    result = loaded_cli("deadlines", "--treaty", "mbt", "--state", "USA", "--format", "json")
    assert json.loads(result.stdout)["deadlines"] == []


def test_deadlines_as_text_name_the_article_and_the_due_date(loaded_cli):
    result = loaded_cli("deadlines", "--treaty", "mbt", "--state", "TON", "--as-of", "2026-06-15")
    assert (
        "Art. 7(1)" in result.stdout
        and "due 2026-05-30" in result.stdout
        and "the record does not say whether it was met" in result.stdout
    )


def test_an_annual_report_line_names_its_year_once(loaded_cli):
    result = loaded_cli("deadlines", "--treaty", "mbt", "--state", "LKA", "--as-of", "2020-01-01")
    line = next(line for line in result.stdout.splitlines() if "due 2019-04-30" in line)
    assert line.count("2018") == 1 and "covering 2018 —" in line


def test_deadlines_need_a_state(loaded_cli):
    result = loaded_cli("deadlines", "--treaty", "mbt")
    assert (
        result.returncode == 2 and "the following arguments are required: --state" in result.stderr
    )


def test_deadlines_refuse_a_date_the_site_and_api_refuse(loaded_cli):
    result = loaded_cli("deadlines", "--treaty", "mbt", "--state", "TON", "--as-of", "20091130")
    assert result.returncode == 2 and result.stderr == (
        "treatywatch deadlines: argument --as-of: '20091130' is not a date; write YYYY-MM-DD\n"
    )
