from pathlib import Path

import pytest

from treatywatch.site.publishing.links import broken_links


def site(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


BUILD = {
    "index.html": '<main id="content"></main>',
    "countries/usa/index.html": '<li id="event-usa-1"></li>',
    "downloads/states.csv": "iso3\n",
    "static/site/treatywatch.css": "",
    "api/v1/docs/index.html": "",
}


@pytest.mark.parametrize(
    "link",
    [
        "/",
        "/countries/usa/",
        "/countries/usa/#event-usa-1",
        "/downloads/states.csv",
        "/static/site/treatywatch.css",
        "/api/v1/docs",
        "/countries/usa/?as_of=2001-01-01",
        "?",
        "#content",
        "usa/",
        "https://example.org/x",
        "//cdn.example.org/x.js",
        "mailto:monitor@example.org",
    ],
)
def test_a_link_to_a_baked_file_or_another_site_is_not_reported(tmp_path, link):
    build = site(
        tmp_path,
        {**BUILD, "countries/index.html": f'<main id="content"><a href="{link}">x</a></main>'},
    )
    assert broken_links(build) == []


@pytest.mark.parametrize(
    ("html", "reported"),
    [
        (
            '<a href="/treaties/mbt/">x</a>',
            "/treaties/mbt/: no file treaties/mbt/index.html in the build",
        ),
        (
            '<img src="/static/missing.png" alt="">',
            "/static/missing.png: no file static/missing.png in the build",
        ),
        ('<form action="/search/"></form>', "/search/: no file search/index.html in the build"),
        (
            '<a href="/countries/usa/#event-usa-2">x</a>',
            "/countries/usa/#event-usa-2: no element with id 'event-usa-2' on /countries/usa/",
        ),
        ('<a href="#nowhere">x</a>', "#nowhere: no element with id 'nowhere' on /countries/"),
    ],
)
def test_a_link_that_does_not_resolve_is_reported_with_its_page_and_reason(
    tmp_path, html, reported
):
    build = site(tmp_path, {**BUILD, "countries/index.html": html})
    assert [str(link) for link in broken_links(build)] == [f"/countries/: {reported}"]


def test_links_under_a_live_only_prefix_are_not_checked(tmp_path):
    build = site(
        tmp_path,
        {
            **BUILD,
            "countries/index.html": '<a href="/feedback/usa/?section=overview">x</a><a href="/alerts/subscribe/">y</a>',
        },
    )
    assert broken_links(build, ("/feedback/", "/alerts/")) == []
    assert len(broken_links(build)) == 2
