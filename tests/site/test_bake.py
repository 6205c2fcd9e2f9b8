from pathlib import Path, PurePosixPath

import pytest
from django.core.management import CommandError, call_command

from treatywatch.site.publishing import baking
from treatywatch.site.publishing.addresses import live_only_prefixes
from treatywatch.site.publishing.baking import MARKER, BakeFailure, BakeRefused, bake
from treatywatch.site.publishing.links import broken_links
from treatywatch.site.publishing.static_paths import file_for

pytestmark = pytest.mark.django_db

BASE_URL = "https://treatywatch.example.org"
# Addresses this part of the site serves; the whole-site test below takes every address.
SOME_ADDRESSES = [
    "/",
    "/search/",
    "/downloads/",
    "/downloads/states.csv",
    "/downloads/status-mbt.csv",
    "/feeds/updates.atom",
    "/countries/ton/feed.atom",
    "/sitemap.xml",
    "/api/v1/openapi.json",
    "/api/v1/docs",
]


@pytest.fixture
def baked(tmp_path) -> Path:
    bake(tmp_path / "site", BASE_URL, SOME_ADDRESSES)
    return tmp_path / "site"


@pytest.mark.parametrize(
    ("address", "file"),
    [
        ("/", "index.html"),
        ("/countries/", "countries/index.html"),
        ("/countries/usa/", "countries/usa/index.html"),
        ("/countries/usa/feed.atom", "countries/usa/feed.atom"),
        ("/downloads/states.csv", "downloads/states.csv"),
        ("/api/v1/docs", "api/v1/docs/index.html"),
        ("/sitemap.xml", "sitemap.xml"),
    ],
)
def test_each_address_has_the_file_a_static_server_serves_for_it(address, file):
    assert file_for(address) == PurePosixPath(file)


def test_a_bake_writes_every_address_as_its_file(baked):
    assert (
        sorted(
            str(file_for(address))
            for address in SOME_ADDRESSES
            if not (baked / file_for(address)).is_file()
        )
        == []
    )


def test_a_baked_download_is_the_dataset_file_itself(baked, bundled_data):
    assert (baked / "downloads/states.csv").read_bytes() == (
        bundled_data / "states.csv"
    ).read_bytes()


def test_the_baked_feeds_and_sitemap_use_the_sites_own_address(baked):
    assert f"<loc>{BASE_URL}/countries/ton/</loc>" in (baked / "sitemap.xml").read_text()
    assert (
        f'href="{BASE_URL}/countries/ton/feed.atom" rel="self"'
        in (baked / "countries/ton/feed.atom").read_text()
    )


def test_the_static_files_are_copied_under_static(baked):
    for asset in (
        "site/treatywatch.css",
        "site/search.css",
        "site/data.css",
        "ninja/swagger-ui-bundle.js",
    ):
        assert (baked / "static" / asset).is_file(), asset


def test_a_bake_that_meets_an_address_that_does_not_answer_200_fails_naming_it_and_writes_nothing(
    tmp_path,
):
    with pytest.raises(BakeFailure, match="^/countries/zzz/: answered 404, not 200$"):
        bake(tmp_path / "site", BASE_URL, ["/", "/countries/zzz/"])
    assert list(tmp_path.iterdir()) == []


def test_a_failed_bake_leaves_the_previous_build_as_it_was(baked):
    before = sorted(path.relative_to(baked) for path in baked.rglob("*"))
    with pytest.raises(BakeFailure):
        bake(baked, BASE_URL, ["/countries/zzz/"])
    assert sorted(path.relative_to(baked) for path in baked.rglob("*")) == before


def test_a_second_bake_replaces_the_first_entirely(baked):
    (baked / "stale.html").write_text("from an earlier build")
    bake(baked, BASE_URL, ["/"])
    assert (
        (baked / "index.html").is_file()
        and not (baked / "stale.html").exists()
        and (baked / MARKER).is_file()
    )


def test_a_bake_refuses_a_folder_of_other_files_and_leaves_them(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(BakeRefused, match="not empty and holds no earlier build"):
        bake(tmp_path, BASE_URL, ["/"])
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize(
    "base_url",
    [
        "treatywatch.example.org",
        "ftp://example.org",
        "https://example.org/sub/",
        "https://",
        "https://x.org/?a=1",
    ],
)
def test_a_bake_refuses_a_base_url_that_is_not_a_scheme_and_host(tmp_path, base_url):
    with pytest.raises(BakeRefused, match="give scheme and host only"):
        bake(tmp_path / "site", base_url, ["/"])


def test_the_bake_command_prints_a_summary(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(baking, "all_paths", lambda: ["/", "/search/"])
    call_command("bake", str(tmp_path / "site"), "--base-url", BASE_URL)
    assert "baked 2 addresses and" in capsys.readouterr().out


def test_the_bake_command_exits_1_naming_the_address_that_failed(tmp_path, monkeypatch):
    monkeypatch.setattr(baking, "all_paths", lambda: ["/", "/countries/zzz/"])
    with pytest.raises(CommandError, match="/countries/zzz/: answered 404") as failed:
        call_command("bake", str(tmp_path / "site"))
    assert failed.value.returncode == 1


def test_the_bake_command_exits_2_for_a_bad_base_url(tmp_path):
    with pytest.raises(CommandError, match="give scheme and host only") as refused:
        call_command("bake", str(tmp_path / "site"), "--base-url", "example.org")
    assert refused.value.returncode == 2


def test_the_bake_command_with_check_reports_broken_links(tmp_path, monkeypatch, capsys):
    # The home page links to the list of countries, which this bake leaves out.
    monkeypatch.setattr(baking, "all_paths", lambda: ["/"])
    with pytest.raises(CommandError, match=r"\d+ broken link\(s\)") as failed:
        call_command("bake", str(tmp_path / "site"), "--check")
    assert (
        failed.value.returncode == 1
        and "/: /countries/: no file countries/index.html" in capsys.readouterr().err
    )


# Every state's PDF takes minutes to render; the whole-site test renders this sample's.
PDF_SAMPLE = ["usa", "ukr", "ton"]


def test_the_whole_site_bakes_with_the_pdfs_of_usa_ukr_and_ton_and_every_internal_link_resolves(
    tmp_path,
):
    report = bake(tmp_path / "site", BASE_URL, pdf_sample=PDF_SAMPLE)
    assert report.pages + len(report.left_out) == len(baking.all_paths())
    broken = broken_links(tmp_path / "site", live_only_prefixes(), report.left_out)
    assert [str(link) for link in broken] == []
    assert (tmp_path / "site/countries/ton.pdf").read_bytes().startswith(b"%PDF-")


def test_a_bake_with_a_pdf_sample_leaves_out_the_other_pdfs_only(tmp_path):
    paths = ["/countries/ton/", "/countries/ton.pdf", "/countries/fin.pdf", "/countries/fin/"]
    report = bake(tmp_path / "site", BASE_URL, paths, pdf_sample=["TON"])
    baked = tmp_path / "site/countries"
    assert report.left_out == ("/countries/fin.pdf",)
    assert sorted(path.name for path in baked.glob("*.pdf")) == ["ton.pdf"]
    assert (baked / "fin/index.html").is_file()
    assert 'href="/countries/ton.pdf"' in (baked / "ton/index.html").read_text()


def test_the_bake_command_exits_2_for_a_pdf_sample_naming_no_state(tmp_path):
    with pytest.raises(CommandError, match="--pdf-sample: no state with the code XYZ") as refused:
        call_command("bake", str(tmp_path / "site"), "--pdf-sample", "ton,xyz")
    assert refused.value.returncode == 2
