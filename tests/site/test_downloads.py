import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest
from django.utils import timezone

from treatywatch.dataset.schema import FILES
from treatywatch.record import models

pytestmark = pytest.mark.django_db

DOCS = Path(__file__).resolve().parents[2] / "docs" / "dataset.md"


def test_every_dataset_file_downloads_as_the_bundled_file(client, bundled_data):
    for spec in FILES:
        response = client.get(f"/downloads/{spec.name}")
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response.content == (bundled_data / spec.name).read_bytes(), spec.name


@pytest.mark.parametrize(
    "name", ["nope.csv", "states", "..%2Fsettings.py", "status-xyz.csv", "STATES.CSV"]
)
def test_an_unknown_download_is_a_404(client, name):
    assert client.get(f"/downloads/{name}").status_code == 404


def test_the_json_document_holds_every_file_as_objects_with_the_dictionary(client):
    document = client.get("/downloads/treatywatch.json").json()
    assert document["generated"] == date.today().isoformat()
    assert set(document["tables"]) == {spec.name.removesuffix(".csv") for spec in FILES}
    assert [entry["file"] for entry in document["dictionary"]] == [spec.name for spec in FILES]
    assert len(document["tables"]["unga_votes"]) == models.Vote.objects.count()


def test_the_json_document_gives_numbers_as_numbers_and_unknown_as_null(client):
    tables = client.get("/downloads/treatywatch.json").json()["tables"]
    tonga = next(state for state in tables["states"] if state["iso3"] == "TON")
    niue = next(state for state in tables["states"] if state["iso3"] == "NIU")
    assert (tonga["un_member_since"], tonga["iso_numeric"], niue["un_member_since"]) == (
        1999,
        "776",
        None,
    )


@pytest.mark.parametrize("code", ["mbt", "ccm"])
def test_the_computed_standings_name_their_date_and_every_state(client, code):
    response = client.get(f"/downloads/status-{code}.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == models.State.objects.count()
    assert {row["as_of"] for row in rows} == {date.today().isoformat()}


def test_the_mine_ban_standings_give_tonga_its_entry_into_force(client):
    rows = csv.DictReader(io.StringIO(client.get("/downloads/status-mbt.csv").content.decode()))
    tonga = next(row for row in rows if row["iso3"] == "TON")
    assert (tonga["consented"], tonga["in_force_from"]) == ("2025-06-25", "2025-12-01")


def test_the_page_lists_every_download_with_its_row_count(client):
    page = client.get("/downloads/").content.decode()
    for name in [spec.name for spec in FILES] + [
        "treatywatch.json",
        "status-mbt.csv",
        "status-ccm.csv",
    ]:
        assert f'<a href="/downloads/{name}">{name}</a>' in page
    assert re.search(
        rf'unga_votes\.csv</a></th><td>[^<]*</td><td class="number">{models.Vote.objects.count()}</td>',
        page,
    )


def test_the_page_says_that_the_standings_are_computed_not_recorded(client):
    assert (
        "These files are not part of the record: TreatyWatch computes them"
        in client.get("/downloads/").content.decode()
    )


def test_the_page_gives_every_source_an_anchor(client):
    page = client.get("/downloads/").content.decode()
    for source_id in models.Source.objects.values_list("id", flat=True):
        assert f'<li id="source-{source_id}">' in page


def test_the_data_dictionary_on_the_page_describes_every_field(client):
    page = client.get("/downloads/").content.decode()
    for spec in FILES:
        for field in spec.fields:
            assert f"<code>{field.name}</code></th>" in page and field.description


def test_docs_dataset_md_lists_the_fields_of_every_file_in_the_schemas_order():
    assert documented_fields(DOCS.read_text(encoding="utf-8")) == {
        spec.name: [f.name for f in spec.fields] for spec in FILES
    }


def documented_fields(markdown: str) -> dict[str, list[str]]:
    """The first column of the field table under each `## file.csv` heading."""
    fields, current = {}, None
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            fields[current] = []
        elif current and line.startswith("| ") and not line.startswith(("| field", "|---")):
            fields[current] += [name.strip() for name in line.split("|")[1].split(",")]
    return fields


def add_source(**fields):
    """A source added as a publication adds it: with a revision, so built downloads are renewed."""
    models.Source.objects.create(**fields)
    models.Revision.objects.create(
        published_at=timezone.now(), summary="1 source created", changes=[]
    )


def test_text_from_the_record_is_escaped_on_the_page(client):
    add_source(
        id="hostile",
        title="<script>alert(1)</script>",
        publisher="<b>P</b>",
        url="https://example.org/?a=1&b=2",
    )
    page = client.get("/downloads/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>" not in page
    assert 'href="https://example.org/?a=1&amp;b=2"' in page


def test_an_unknown_date_of_publication_is_shown_as_unknown(client):
    add_source(id="undated", title="Undated", publisher="P")
    page = client.get("/downloads/").content.decode()
    assert re.search(r'id="source-undated">.*?Date of publication unknown', page, re.S)


def test_a_download_follows_a_change_to_the_record(client):
    add_source(id="added-later", title="Added later", publisher="P")
    assert b"added-later,Added later,,P" in client.get("/downloads/sources.csv").content


def test_the_page_has_one_h1_and_no_inline_script_or_style(client):
    page = client.get("/downloads/").content.decode()
    assert page.count("<h1") == 1 and "<script" not in page and "style=" not in page


def test_the_downloads_are_not_dated_even_while_a_past_date_is_browsed(client):
    page = client.get("/downloads/", {"as_of": "2001-01-01"}).content.decode()
    assert "Showing the record as it stands for" not in page and 'name="as_of"' not in page


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode(), newline="")))


FORMULAS = [
    '=HYPERLINK("https://example.org/x","Click")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
]


@pytest.mark.parametrize("title", FORMULAS)
def test_a_cell_a_spreadsheet_would_run_is_downloaded_as_text(client, title):
    add_source(id="formula", title=title, publisher="P")
    rows = csv_rows(client.get("/downloads/sources.csv"))
    assert next(row for row in rows if row[0] == "formula")[1] == "'" + title


def test_the_computed_standings_are_spreadsheet_safe_too(client):
    models.State.objects.filter(iso3="TON").update(name="=1+1")
    add_source(id="renewal", title="Renews the built downloads", publisher="P")
    rows = csv_rows(client.get("/downloads/status-mbt.csv"))
    assert ["TON", "'=1+1"] in [row[1:3] for row in rows]


def test_the_json_document_keeps_a_formula_like_cell_as_entered(client):
    add_source(id="formula", title="=1+1", publisher="P")
    sources = client.get("/downloads/treatywatch.json").json()["tables"]["sources"]
    assert next(s for s in sources if s["id"] == "formula")["title"] == "=1+1"


def test_a_cell_that_merely_contains_a_formula_sign_is_left_alone(client):
    add_source(id="plain", title="Mines: a-z, 1+1 = 2 @ Geneva", publisher="P")
    rows = csv_rows(client.get("/downloads/sources.csv"))
    assert next(row for row in rows if row[0] == "plain")[1] == "Mines: a-z, 1+1 = 2 @ Geneva"
