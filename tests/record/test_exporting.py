from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from treatywatch.dataset.schema import FILES
from treatywatch.record import models
from treatywatch.record.exporting import export_dataset
from treatywatch.record.loading import load_dataset
from treatywatch.record.tables import TABLES

pytestmark = pytest.mark.django_db


def files_in(folder: Path) -> dict[str, bytes]:
    return {spec.name: (folder / spec.name).read_bytes() for spec in FILES}


def empty_the_record():
    models.Revision.objects.all().delete()
    for table in reversed(TABLES):
        table.model.objects.all().delete()


def test_an_export_of_the_bundled_record_is_byte_for_byte_the_bundled_files(tmp_path, bundled_data):
    export_dataset(tmp_path)
    assert files_in(tmp_path) == files_in(bundled_data)


def test_loading_an_export_into_an_empty_database_and_exporting_again_gives_identical_files(
    tmp_path, dataset_copy
):
    # Quotes (doubled inside a quoted cell), a comma and a line break: the hard cases of CSV.
    dataset_copy.replace_text(
        "events.csv",
        "Presidential Decision Directive 64",
        'Directive ""64"", with a comma\nand a line break',
    )
    load_dataset(dataset_copy.folder)
    export_dataset(tmp_path / "first")
    empty_the_record()
    load_dataset(tmp_path / "first")
    export_dataset(tmp_path / "second")
    assert (
        files_in(tmp_path / "first")
        == files_in(tmp_path / "second")
        == files_in(dataset_copy.folder)
    )


def test_the_backup_keeps_a_formula_like_cell_as_entered(tmp_path, dataset_copy):
    # The public downloads escape such cells for spreadsheets; the backup must not.
    dataset_copy.replace_text(
        "events.csv", "Presidential Decision Directive 64", '=HYPERLINK(""https://example.org"")'
    )
    load_dataset(dataset_copy.folder)
    export_dataset(tmp_path)
    assert files_in(tmp_path) == files_in(dataset_copy.folder)


def test_a_carriage_return_inside_a_cell_is_quoted_so_the_row_stays_whole(tmp_path, dataset_copy):
    # csv.writer quotes only the characters of its line terminator, here "\n" alone.
    dataset_copy.replace_text(
        "events.csv",
        '"Presidential Decision Directive 64 issued, embodying the 2003/2006 goals."',
        '"Directive\r64"',
    )
    load_dataset(dataset_copy.folder)
    export_dataset(tmp_path)
    assert files_in(tmp_path) == files_in(dataset_copy.folder)


def test_an_export_counts_the_rows_it_wrote(tmp_path):
    written = export_dataset(tmp_path)
    assert written["states.csv"] == models.State.objects.count()
    assert written["unga_votes.csv"] == models.Vote.objects.count()
    assert written["armed_conflicts.csv"] == 0


def test_empty_cells_and_typed_values_are_written_as_the_files_write_them(tmp_path, dataset_copy):
    dataset_copy.append(
        "armed_conflicts.csv",
        [
            "UKR",
            "2014-02-20",
            "",
            "Armed conflict with Russia",
            dataset_copy.source_of("states.csv"),
        ],
    )
    load_dataset(dataset_copy.folder)
    export_dataset(tmp_path)
    assert (tmp_path / "armed_conflicts.csv").read_text() == (
        dataset_copy.folder / "armed_conflicts.csv"
    ).read_text()


def test_the_export_command_writes_every_file_into_a_new_folder(tmp_path, bundled_data, capsys):
    call_command("export", str(tmp_path / "new"))
    assert files_in(tmp_path / "new") == files_in(bundled_data)
    assert "wrote 17 files" in capsys.readouterr().out


def test_the_export_command_refuses_to_overwrite_dataset_files_without_force(tmp_path):
    (tmp_path / "states.csv").write_text("mine\n")
    with pytest.raises(CommandError, match="already holds states.csv.*--force") as refused:
        call_command("export", str(tmp_path))
    assert refused.value.returncode == 1
    assert (tmp_path / "states.csv").read_text() == "mine\n"


def test_the_export_command_with_force_overwrites_them(tmp_path, bundled_data):
    (tmp_path / "states.csv").write_text("mine\n")
    call_command("export", str(tmp_path), "--force")
    assert files_in(tmp_path) == files_in(bundled_data)


def test_the_export_command_may_write_beside_other_files(tmp_path):
    (tmp_path / "README.md").write_text("notes\n")
    call_command("export", str(tmp_path))
    assert (tmp_path / "README.md").read_text() == "notes\n"


def test_the_export_command_refuses_a_file_as_its_folder_with_a_usage_error(tmp_path):
    (tmp_path / "file").write_text("")
    with pytest.raises(CommandError, match="is a file") as refused:
        call_command("export", str(tmp_path / "file"))
    assert refused.value.returncode == 2
