"""/reports/, /reports/<year>/ and /reports/<year>.pdf; the feed, search and sitemap entries."""

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.django_db

THIS_YEAR = date.today().year


def test_the_index_lists_every_year_from_1999_to_this_one_newest_first(client):
    html = client.get("/reports/").content.decode()
    years = [int(y) for y in re.findall(r'href="/reports/(\d{4})/"', html)]
    assert years == list(range(THIS_YEAR, 1998, -1))


@pytest.mark.parametrize("year", [1999, 2009, 2025])
def test_the_1999_2009_and_2025_reports_render_with_one_h1_and_no_inline_code(client, year):
    response = client.get(f"/reports/{year}/")
    html = response.content.decode()
    assert response.status_code == 200 and html.count("<h1") == 1
    assert f"Annual report {year}</h1>" in html and "Major findings" in html
    assert not re.search(r"<script|<style|\sstyle=|\son[a-z]+=", html)


@pytest.mark.parametrize("year", [1998, THIS_YEAR + 1, 20250])
def test_a_year_without_a_report_is_a_404_that_names_the_years_there_are(client, year):
    response = client.get(f"/reports/{year}/")
    assert response.status_code == 404
    assert f"from 1999 to {THIS_YEAR}" in response.content.decode()


def test_an_as_of_outside_the_reports_year_is_a_400_saying_which_days_to_give(client):
    response = client.get("/reports/2025/?as_of=2026-01-01")
    assert response.status_code == 400
    assert "give a day from 2025-01-01 to 2025-12-31" in response.content.decode()


def test_the_2025_pdf_renders_with_the_reports_figures(client):
    response = client.get("/reports/2025.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "TreatyWatch annual report 2025" in text
    assert "States Parties on 31 December 2025 163" in text and "A/RES/80/35" in text


def test_the_1998_pdf_is_a_404(client):
    assert client.get("/reports/1998.pdf").status_code == 404


def test_the_feed_has_an_entry_per_report(client):
    feed = client.get("/reports/feed.atom").content.decode()
    assert feed.count("<entry>") == THIS_YEAR - 1998
    assert "http://testserver/reports/2009/" in feed


def test_search_finds_the_annual_report_of_a_year(client):
    html = client.get("/search/?q=annual+report+2009").content.decode()
    assert 'href="/reports/2009/"' in html


def test_the_sitemap_lists_the_reports(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/reports/</loc>" in xml
    assert "<loc>http://testserver/reports/2025/</loc>" in xml


def test_the_navigation_links_to_the_reports(client):
    assert 'href="/reports/"' in client.get("/").content.decode()
