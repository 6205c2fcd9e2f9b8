"""`treatywatch report`: the figures as JSON, the report as HTML, and its usage errors."""

import io
import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def report(*args: str) -> str:
    out = io.StringIO()
    call_command("report", *args, stdout=out)
    return out.getvalue()


def test_without_out_the_2009_figures_are_printed_as_the_apis_json(client):
    printed = json.loads(report("--year", "2009"))
    assert printed == client.get("/api/v1/reports/2009").json()
    assert printed["as_of"] == "2009-12-31"


def test_out_html_writes_the_1999_report_as_one_file_with_its_styles(tmp_path):
    out = tmp_path / "report.html"
    message = report("--year", "1999", "--out", str(out))
    html = out.read_text(encoding="utf-8")
    assert "to " + str(out) in message and "<style>" in html
    assert "TreatyWatch annual report 1999</h1>" in html


def test_as_of_a_day_in_2025_reads_the_record_of_that_day():
    assert json.loads(report("--year", "2025", "--as-of", "2025-06-30"))["as_of"] == "2025-06-30"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--year", "1998"], "no annual report for 1998"),
        (["--year", str(date.today().year + 1)], "give a year from 1999"),
        (["--year", "2025", "--as-of", "2024-12-31"], "is not in 2025"),
        (["--year", "2025", "--out", "report.docx"], "give a file ending in .pdf or .html"),
        (["--year", "2025", "--out", "/no/such/folder/report.pdf"], "does not exist"),
    ],
)
def test_a_bad_year_date_or_path_is_a_usage_error(args, message):
    with pytest.raises(CommandError, match=message) as refused:
        call_command("report", *args)
    assert refused.value.returncode == 2
