"""The command, the API and the page give the same claims and verdicts for the same text and
dates, and each refuses bad input clearly (the page's refusals: test_check_page.py)."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from treatywatch.command_base import UsageError

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


@pytest.mark.parametrize(
    "dates",
    [{}, {"as_of": "2005-06-01", "today": "2012-01-01"}],
    ids=["dates-from-the-text-and-today", "dates-given"],
)
def test_the_command_the_api_and_the_page_give_the_same_report(cli, client, db, dates):
    options = [f"--{name.replace('_', '-')}={day}" for name, day in dates.items()]
    result = cli("-", "--format", "json", *options, stdin=TEXT)
    assert result.returncode == 0, result.stderr
    from_cli = json.loads(result.stdout)
    from_api = _api(client, {"text": TEXT, **dates}).json()
    from_page = client.post("/check/", {"text": TEXT, "action": "json", **dates}).json()
    assert from_cli == from_api == from_page
    assert from_api["document_date_from"] == ("given" if dates else "found in text")
    assert [c["verdict"] for c in from_api["claims"]][1:] == ["supported", "supported"]


@pytest.mark.parametrize("stdin", ["", "   \n", "\x00\x01binary"])
def test_the_command_refuses_empty_or_binary_text_with_exit_2(cli, stdin):
    result = cli("-", stdin=stdin)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("treatywatch check-claims: ")


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00", "a .png file cannot be read"),
        ("big.txt", b"x" * (10 * 2**20 + 1), "the limit is 10 MB"),
        ("fake.pdf", b"plain words", "not a PDF"),
        ("missing.txt", None, "No such file or directory"),
    ],
)
def test_the_command_refuses_an_unreadable_file_with_exit_2(db, tmp_path, name, data, words):
    # In this process: that a UsageError exits 2 is shown by the tests on standard input.
    if data is not None:
        (tmp_path / name).write_bytes(data)
    with pytest.raises(UsageError, match=words) as refused:
        call_command("check-claims", str(tmp_path / name))
    assert refused.value.returncode == 2


def test_the_command_refuses_an_encrypted_pdf_with_exit_2(db, tmp_path, make_pdf):
    (tmp_path / "locked.pdf").write_bytes(make_pdf("156 nations", password="secret"))
    with pytest.raises(UsageError, match="the PDF is encrypted") as refused:
        call_command("check-claims", str(tmp_path / "locked.pdf"))
    assert refused.value.returncode == 2


def test_the_command_reads_a_word_document(db, tmp_path, make_docx):
    (tmp_path / "letter.docx").write_bytes(make_docx(*TEXT.split(". ")))
    out = io.StringIO()
    call_command("check-claims", str(tmp_path / "letter.docx"), "--format=json", stdout=out)
    assert len(json.loads(out.getvalue())["claims"]) == 3


@pytest.mark.parametrize(
    "body, parameter",
    [
        ({"text": ""}, "text"),
        ({"text": " \n "}, "text"),
        ({"text": "x" * 400_001}, "text"),
        ({}, "text"),
        ({"text": TEXT, "as_of": "30/11/2009"}, "as_of"),
        ({"text": TEXT, "today": "1900-01-01"}, "today"),
        ({"text": TEXT, "appeared_at": "not an address"}, "appeared_at"),
    ],
)
def test_the_api_refuses_bad_input_with_the_one_error_shape(client, db, body, parameter):
    response = _api(client, body)
    assert response.status_code == 400
    assert response.json()["error"]["parameter"].endswith(parameter)


def test_the_claimreview_format_gives_one_review_per_claim(cli):
    result = cli("-", "--format", "claimreview", "--appeared-at=https://example.org/a", stdin=TEXT)
    reviews = json.loads(result.stdout)
    assert len(reviews) == 3 and {r["@type"] for r in reviews} == {"ClaimReview"}
    assert {r["itemReviewed"]["appearance"]["url"] for r in reviews} == {"https://example.org/a"}
