import os
import subprocess
import sys
from pathlib import Path

import pytest

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")


class Cli:
    """The installed `treatywatch` command, run as a user would, on its own database."""

    def __init__(self, database_url: str, home: Path):
        self.env = {
            **os.environ,
            "TREATYWATCH_DATABASE_URL": database_url,
            "XDG_DATA_HOME": str(home),
        }

    def __call__(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [TREATYWATCH, *args], env=self.env, capture_output=True, text=True, timeout=120
        )


@pytest.fixture(scope="module")
def loaded_cli(tmp_path_factory) -> Cli:
    folder = tmp_path_factory.mktemp("cli")
    cli = Cli(f"sqlite:///{folder / 'record.sqlite3'}", folder)
    for step in (("migrate", "--verbosity", "0"), ("load",)):
        result = cli(*step)
        assert result.returncode == 0, result.stderr
    return cli


@pytest.fixture
def empty_cli(tmp_path) -> Cli:
    return Cli(f"sqlite:///{tmp_path / 'empty.sqlite3'}", tmp_path)
