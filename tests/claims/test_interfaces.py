"""The command and the API give the same claims and verdicts, and refuse bad input alike."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")
TEXT = (
    "Geneva, 30 November 2009. A total of 156 nations are party to the Mine Ban Treaty. "
    "Burma is not party. The Second Review Conference in Cartagena in 2009 meets today."
)


@pytest.fixture(scope="module")
def cli(tmp_path_factory):
    folder = tmp_path_factory.mktemp("claims")
    env = {**os.environ, "TREATYWATCH_DATABASE_URL": f"sqlite:///{folder / 'r.sqlite3'}"}
    for command in (["migrate", "--verbosity", "0"], ["load"]):
        subprocess.run([TREATYWATCH, *command], env=env, check=True, capture_output=True)

    def run(*args, stdin=""):
        return subprocess.run(
            [TREATYWATCH, "check-claims", *args],
            env=env,
            input=stdin.encode(),
            capture_output=True,
            timeout=120,
        )

    return run


def _api(client, body):
    return client.post("/api/v1/check", data=json.dumps(body), content_type="application/json")


def test_the_command_and_the_api_give_the_same_report(cli, client, db):
    result = cli("-", "--format", "json", stdin=TEXT)
    assert result.returncode == 0, result.stderr
    from_cli = json.loads(result.stdout)
    from_api = _api(client, {"text": TEXT}).json()
    assert from_cli == from_api
    assert [c["verdict"] for c in from_api["claims"]][1:] == ["supported", "supported"]


@pytest.mark.parametrize("stdin", ["", "   \n", "\x00\x01binary"])
def test_the_command_refuses_empty_or_binary_text_with_exit_2(cli, stdin):
    result = cli("-", stdin=stdin)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("treatywatch check-claims: ")


@pytest.mark.parametrize("body", [{"text": ""}, {"text": "x" * 400_001}, {}])
def test_the_api_refuses_empty_or_oversize_text_with_the_one_error_shape(client, db, body):
    response = _api(client, body)
    assert response.status_code == 400
    assert response.json()["error"]["parameter"].endswith("text")


def test_the_claimreview_format_gives_one_review_per_claim(cli):
    result = cli("-", "--format", "claimreview", stdin=TEXT)
    reviews = json.loads(result.stdout)
    assert len(reviews) == 3 and {r["@type"] for r in reviews} == {"ClaimReview"}
