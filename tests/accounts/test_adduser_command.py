import subprocess
import sys
from pathlib import Path

import pytest

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")


@pytest.fixture
def run(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "TREATYWATCH_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "XDG_DATA_HOME": str(tmp_path),
    }
    subprocess.run([TREATYWATCH, "migrate", "--verbosity", "0"], env=env, check=True)

    def run(*args, stdin=""):
        return subprocess.run(
            [TREATYWATCH, *args], env=env, input=stdin, capture_output=True, text=True, timeout=60
        )

    return run


def test_adduser_reads_the_password_from_stdin_and_creates_the_account(run):
    result = run("adduser", "ana", "--role", "editor", stdin="a long enough passphrase\n")
    assert (result.returncode, result.stdout.strip()) == (0, "created editor 'ana'")


def test_adduser_refuses_a_weak_password_in_one_line(run):
    result = run("adduser", "ana", "--role", "editor", stdin="password\n")
    assert (
        result.returncode == 2
        and len(result.stderr.splitlines()) == 1
        and "password refused" in result.stderr
    )


def test_adduser_refuses_an_unknown_role(run):
    result = run("adduser", "ana", "--role", "boss", stdin="a long enough passphrase\n")
    assert result.returncode == 2 and "invalid choice: 'boss'" in result.stderr


def test_adduser_refuses_a_name_taken_already(run):
    run("adduser", "ana", "--role", "editor", stdin="a long enough passphrase\n")
    result = run("adduser", "ana", "--role", "researcher", stdin="another long passphrase\n")
    assert result.returncode == 1 and "exists already" in result.stderr


def test_addtoken_prints_a_token_once(run):
    run("adduser", "ana", "--role", "editor", stdin="a long enough passphrase\n")
    result = run("addtoken", "ana")
    assert result.returncode == 0 and result.stdout.startswith("tw_")
