def test_validate_of_the_bundled_dataset_reports_no_problems(empty_cli):
    result = empty_cli("validate")
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("no problems")


def test_validate_prints_every_problem_as_file_line_field_message_and_exits_1(
    empty_cli, dataset_copy
):
    line = dataset_copy.append(
        "events.csv", ["usa-bad", "USA", "2020-02-30", "policy", "mbt", "Text.", "nope"]
    )
    result = empty_cli("validate", str(dataset_copy.folder))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"events.csv:{line}: date: '2020-02-30' is not a real day (day is out of range for month)"
    ]
    assert "1 problem(s)" in result.stderr


def test_validate_refuses_a_key_longer_than_the_record_holds(empty_cli, dataset_copy):
    source = dataset_copy.source_of("events.csv")
    line = dataset_copy.append(
        "events.csv", ["usa-" + "x" * 396, "USA", "2020", "policy", "mbt", "Text.", source]
    )
    result = empty_cli("validate", str(dataset_copy.folder))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"events.csv:{line}: id: is 400 characters long; at most 120 fit"
    ]


def test_validate_does_not_touch_the_database(empty_cli, tmp_path):
    empty_cli("validate")
    assert not (tmp_path / "empty.sqlite3").exists()


def test_load_twice_reports_that_nothing_changed(loaded_cli):
    result = loaded_cli("load")
    assert result.returncode == 0 and "nothing changed" in result.stdout


def test_load_of_a_bad_folder_loads_nothing_and_exits_1(loaded_cli, dataset_copy):
    line = dataset_copy.append(
        "treaty_actions.csv",
        [
            "mbt",
            "XXX",
            "consent",
            "2010-01-04",
            "accession",
            "",
            dataset_copy.source_of("treaty_actions.csv"),
            "",
        ],
    )
    result = loaded_cli("load", str(dataset_copy.folder))
    assert result.returncode == 1
    assert f"treaty_actions.csv:{line}: iso3: 'XXX' is not in states.csv" in result.stderr
    assert "nothing was loaded" in result.stderr


def test_the_database_url_variable_chooses_the_database(empty_cli, tmp_path):
    assert empty_cli("migrate", "--verbosity", "0").returncode == 0
    assert (tmp_path / "empty.sqlite3").exists()
