from datetime import UTC, datetime
from xml.etree import ElementTree

import pytest

from treatywatch.record.models import Revision, State
from treatywatch.site.pages.update_entries import KEYS_LISTED

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
LATER = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


def entries(client, path: str) -> list[ElementTree.Element]:
    response = client.get(path)
    assert (
        response.status_code == 200
        and response["Content-Type"] == "application/atom+xml; charset=utf-8"
    )
    return ElementTree.fromstring(response.content).findall(f"{ATOM}entry")


def child(entry, name: str) -> str:
    element = entry.find(f"{ATOM}{name}")
    return element.get("href") if name == "link" else element.text


def an_update(iso3: str | None, changes: list[dict], summary: str = "1 event updated") -> Revision:
    state = State.objects.get(iso3=iso3) if iso3 else None
    return Revision.objects.create(
        published_at=LATER,
        state=state,
        state_name=state.name if state else "",
        summary=summary,
        changes=changes,
    )


def test_each_change_to_the_record_is_an_entry_linking_to_the_profile(client):
    an_update(
        "USA", [{"file": "events.csv", "key": "usa-1997-last-production", "change": "updated"}]
    )
    newest = entries(client, "/feeds/updates.atom")[0]
    assert child(newest, "title") == "United States: 1 event updated"
    assert child(newest, "link") == "http://testserver/countries/usa/"
    assert child(newest, "updated") == "2030-01-02T03:04:05+00:00"


def test_the_entry_says_what_changed_row_by_row(client):
    an_update(
        "USA", [{"file": "events.csv", "key": "usa-1997-last-production", "change": "updated"}]
    )
    summary = child(entries(client, "/feeds/updates.atom")[0], "summary")
    assert (
        summary
        == "<p>1 event updated</p><ul><li>events.csv <code>usa-1997-last-production</code> updated</li></ul>"
    )


def test_a_change_that_belongs_to_no_state_links_to_the_downloads(client):
    an_update(
        None,
        [{"file": "sources.csv", "key": "new-source", "change": "created"}],
        "1 source created",
    )
    newest = entries(client, "/feeds/updates.atom")[0]
    assert (child(newest, "title"), child(newest, "link")) == (
        "The record: 1 source created",
        "http://testserver/downloads/",
    )


def test_a_long_list_of_changes_is_cut_and_counted(client):
    changes = [
        {"file": "unga_votes.csv", "key": f"A/RES/{n}/USA", "change": "created"}
        for n in range(KEYS_LISTED + 7)
    ]
    an_update("USA", changes, f"{KEYS_LISTED + 7} UNGA votes created")
    summary = child(entries(client, "/feeds/updates.atom")[0], "summary")
    assert summary.count("<li>") == KEYS_LISTED and summary.endswith("<p>… and 7 more.</p>")


def test_text_from_the_record_is_escaped_in_the_entry(client):
    an_update(
        "USA",
        [{"file": "events.csv", "key": "<script>x</script>", "change": "updated"}],
        "<b>1</b> event",
    )
    summary = child(entries(client, "/feeds/updates.atom")[0], "summary")
    assert "&lt;script&gt;x&lt;/script&gt;" in summary and "&lt;b&gt;1&lt;/b&gt; event" in summary


def test_every_entry_has_its_own_id(client):
    an_update("USA", [])
    an_update("TON", [])
    ids = [child(entry, "id") for entry in entries(client, "/feeds/updates.atom")]
    assert len(ids) == len(set(ids)) and all(entry_id.startswith("urn:uuid:") for entry_id in ids)


def test_a_country_feed_holds_only_that_states_changes(client):
    an_update(
        "TON", [{"file": "events.csv", "key": "ton-x", "change": "created"}], "1 event created"
    )
    an_update("USA", [])
    titles = [child(entry, "title") for entry in entries(client, "/countries/ton/feed.atom")]
    assert titles[0] == "Tonga: 1 event created" and all(
        title.startswith("Tonga: ") for title in titles
    )


def test_a_country_feed_is_titled_for_the_state_and_links_to_its_profile(client):
    feed = ElementTree.fromstring(client.get("/countries/ton/feed.atom").content)
    assert feed.find(f"{ATOM}title").text == "TreatyWatch: changes to the record of Tonga"
    assert feed.find(f"{ATOM}link").get("href") == "http://testserver/countries/ton/"


@pytest.mark.parametrize("iso3", ["zzz", "us", "usaa"])
def test_an_unknown_country_feed_is_a_404(client, iso3):
    assert client.get(f"/countries/{iso3}/feed.atom").status_code == 404


def test_one_publication_touching_several_states_is_one_entry_naming_them(client):
    for iso3 in ("USA", "TON", "AGO", "PER"):
        an_update(iso3, [{"file": "events.csv", "key": f"{iso3}-x", "change": "created"}])
    an_update(None, [{"file": "sources.csv", "key": "new-source", "change": "created"}])
    newest, *older = entries(client, "/feeds/updates.atom")
    assert child(newest, "title") == (
        "4 profiles and the shared rows changed: Angola, Peru, Tonga and 1 more"
    )
    assert child(newest, "link") == "http://testserver/downloads/"
    summary = child(newest, "summary")
    assert summary.count("<li>") == 5
    assert '<li><a href="/countries/ton/">Tonga</a>: 1 event updated</li>' in summary
    assert all(child(entry, "updated") != child(newest, "updated") for entry in older)


def test_the_loaded_record_is_one_entry_and_each_state_keeps_its_own_in_its_feed(client):
    (loaded,) = entries(client, "/feeds/updates.atom")
    assert child(loaded, "title").startswith("197 profiles and the shared rows changed: ")
    (tonga,) = entries(client, "/countries/ton/feed.atom")
    assert child(tonga, "title").startswith("Tonga: Imported ")
