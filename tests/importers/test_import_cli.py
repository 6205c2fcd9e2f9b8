"""The installed `treatywatch import`, run as a user would: listed by --help, and one line
on stderr with exit 2 for a file of another shape (read before the database is opened)."""

import os
import subprocess
import sys
from pathlib import Path

from .conftest import MBT_PAGE

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")


def treatywatch(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "TREATYWATCH_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "XDG_DATA_HOME": str(tmp_path),
    }
    return subprocess.run(
        [TREATYWATCH, *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_treatywatch_help_lists_the_import_command(tmp_path):
    listed = treatywatch(tmp_path, "--help").stdout
    assert [line for line in listed.splitlines() if line.split()[:1] == ["import"]]
    subcommands = treatywatch(tmp_path, "import", "--help").stdout
    assert "untc" in subcommands and "unga-votes" in subcommands


def test_a_file_of_another_shape_is_one_line_on_stderr_and_exit_2(tmp_path):
    result = treatywatch(tmp_path, "import", "unga-votes", str(MBT_PAGE), "--user", "rita")
    assert result.returncode == 2
    assert result.stderr == (
        f"treatywatch import: {MBT_PAGE}: not a UN Digital Library voting CSV: its header has no "
        "column undl_id, ms_code, ms_name, ms_vote, date, session, resolution, title\n"
    )
    assert result.stdout == ""
