"""The country profile page, /countries/<iso3>/, against the bundled record."""

import os
import re
from datetime import date
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import timezone

from treatywatch.record.models import Event, Revision, Source
from treatywatch.record.treaty_records import treaty_record

pytestmark = pytest.mark.django_db

SNAPSHOTS = Path(__file__).parent / "snapshots"
# Set to 1 to (re)write the snapshots; review the diff before committing them.
UPDATE_SNAPSHOTS = os.environ.get("TREATYWATCH_UPDATE_SNAPSHOTS") == "1"
PASSED_UNKNOWN = "due date passed; the record does not say whether it was met"


@pytest.fixture(autouse=True)
def fresh_cache():
    # A test changes the record inside its transaction without a load: start from no cached page.
    cache.clear()


def test_the_us_profile_today_says_it_is_not_a_state_party(page):
    us = page("/countries/usa/")
    parties = treaty_record("mbt").counts_on(date.today()).parties
    overview = us.section("Overview", "Mine ban policy")
    assert "Not a State Party." in overview
    assert f"{parties} states are party on {date.today().day} " in overview
    votes = unmarked(overview)
    assert "Abstained on Resolution 80/35 in December 2025, as in every year 1998–2023," in votes
    # 2024's roll call is not in the record: unknown, never absent.
    assert "Vote not known in 2024." in votes


def test_the_us_voting_record_cites_each_run_of_votes_once(page):
    overview = page("/countries/usa/").section("Overview", "Mine ban policy")
    record = overview.split("Pro-ban UNGA voting record")[1].split("Participation")[0]
    # 30 roll calls in four runs and a year not known: five marks, not 30.
    assert len(re.findall(r"\[\d+\]", record)) == 5


def test_the_us_profile_as_of_23_september_2014_shows_that_day(page):
    us = page("/countries/usa/?as_of=2014-09-23")
    overview = us.section("Overview", "Mine ban policy")
    assert "Not a State Party.[1] 162 states are party on 23 September 2014.[1]" in overview
    assert (
        "Abstained on Resolution 68/30 in December 2013, as in every year since 1998,"
        in unmarked(overview)
    )
    assert "The record holds no votes after" not in overview


def test_the_past_view_holds_the_events_of_that_day_and_none_known_only_later(page):
    text = page("/countries/usa/?as_of=2014-09-23").text
    assert "US announces it will not use APLs outside the Korean Peninsula" in text  # 23 Sep 2014
    assert (
        "Landmine Monitor 2014: the US confirmed its stockpile" not in text
    )  # dated "2014": known by 31 Dec
    assert "Trump administration cancels the 2014 policy" not in text  # 2020
    assert "Resolution 69/34" not in text  # adopted 2 Dec 2014


def test_the_voting_record_on_the_last_day_of_2009(page):
    overview = page("/countries/usa/?as_of=2009-12-31").section("Overview", "Mine ban policy")
    assert (
        "Abstained on Resolution 64/56 in December 2009, as in every year since 1998, having "
        "voted in favour in 1997 (Resolution 52/38 H). Earlier: voted in favour in 1996; "
        "abstained in 1997 (Resolution 52/38 A)."
    ) in unmarked(overview)


def unmarked(text: str) -> str:
    """The text without its footnote marks."""
    return re.sub(r"\[\d+\]", "", text)


def test_the_us_stockpile_by_type_in_2002_has_nine_rows_and_a_computed_total(page):
    practice = page("/countries/usa/?as_of=2014-09-23").section(
        "Use, transfer, production and stockpiling", "Treaty obligations"
    )
    table = practice[practice.index("Stockpile of antipersonnel mines by type, 2002") :]
    rows = re.findall(r"\n(.+?) ?([\d,]{3,}) ?Appendix I", table)
    assert len(rows) == 9
    assert rows[0] == ("ADAM (Artillery Delivered Antipersonnel Mine)", "8,366,076")
    assert "\nTotal 10,404,148 Computed by TreatyWatch from the rows above." in table


def test_a_view_before_2002_ends_has_no_2002_table(page):
    assert "by type, 2002" not in page("/countries/usa/?as_of=2002-12-30").text


def test_a_us_stockpile_figure_an_event_already_tells_is_not_repeated(page):
    practice = page("/countries/usa/").section(
        "Use, transfer, production and stockpiling", "Treaty obligations"
    )
    assert "Landmine Monitor 2014 reported that the United States had confirmed" in practice
    assert "3,000,000 antipersonnel mines stockpiled" not in practice
    # The figure's editorial note on how it was recorded is not shown either.
    assert "recorded as" not in practice


@pytest.mark.parametrize(
    "address",
    [
        "/countries/usa/",
        "/countries/usa/?as_of=2014-09-23",
        "/countries/ton/",
        "/countries/est/?as_of=2025-12-01",
    ],
)
def test_every_footnote_marker_resolves_and_every_footnote_is_cited(page, address):
    profile = page(address)
    markers = [href[len("#fn-") :] for href in profile.hrefs if href.startswith("#fn-")]
    notes = sorted(int(i[len("fn-") :]) for i in profile.ids if i and i.startswith("fn-"))
    assert notes == list(range(1, len(notes) + 1))
    assert sorted({int(m) for m in markers}) == notes
    assert list(dict.fromkeys(int(m) for m in markers)) == notes, (
        "numbered in order of first citation"
    )


def test_footnotes_give_the_full_citation(page):
    sources = page("/countries/usa/").text.split("\nSources\n")[1]
    assert (
        "US General Accounting Office, “Military Operations: Information on U.S. Use of Land Mines in the "
        "Persian Gulf War (GAO-02-1003)”, September 2002, https://www.gao.gov/products/gao-02-1003."
    ) in sources


def test_record_text_is_escaped(client):
    source = Source.objects.create(
        id="hostile", title='<img src=x onerror="alert(2)">', publisher="P"
    )
    Event.objects.create(
        id="usa-hostile",
        state_id="USA",
        date="2014-09-01",
        date_start=date(2014, 9, 1),
        date_end=date(2014, 9, 1),
        category="policy",
        treaty="mbt",
        text='<script>alert("x")</script> & more',
        source=source,
    )
    html = client.get("/countries/usa/?as_of=2014-09-23").content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in html
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html
    assert "<script" not in html and "<img" not in html


def test_the_page_has_no_inline_script_style_or_handler(page):
    tags = page("/countries/usa/").tags
    assert [tag for tag, _ in tags if tag == "script"] == []
    assert [
        (tag, name)
        for tag, attrs in tags
        for name in attrs
        if name == "style" or name.startswith("on")
    ] == []


def test_headings_run_in_order_under_one_h1_and_tables_have_captions_and_scoped_headers(page):
    profile = page("/countries/usa/?as_of=2014-09-23")
    assert profile.headings.count(1) == 1 and profile.headings[0] == 1
    assert all(
        later - earlier <= 1 for earlier, later in zip(profile.headings, profile.headings[1:])
    )
    tags = [tag for tag, _ in profile.tags]
    assert tags.count("table") == tags.count("caption") >= 1
    assert all(attrs.get("scope") in ("col", "row") for tag, attrs in profile.tags if tag == "th")


def test_tonga_s_deadlines_as_a_new_state_party(page):
    obligations = page("/countries/ton/?as_of=2026-11-23").section("All deadlines", "Timeline")
    assert "Mine Ban Treaty: obligations of Tonga as a State Party" in obligations
    rows = re.findall(r"\n(Art\. [\d()]+)\n(.+?)(?:\[\d+\])+\n(.+?)\n(.+)", obligations)
    assert rows == [
        ("Art. 7(1)", "Submit the initial transparency report", "30 May 2026", PASSED_UNKNOWN),
        (
            "Art. 4",
            "Destroy stockpiled antipersonnel mines",
            "1 December 2029",
            "not applicable: no stockpile declared",
        ),
        (
            "Art. 5",
            "Clear all antipersonnel mines in mined areas",
            "1 December 2035",
            "not applicable: no contaminated areas reported",
        ),
    ]


def test_tonga_before_entry_into_force_is_a_party_whose_treaty_enters_into_force_later(page):
    overview = page("/countries/ton/?as_of=2025-07-01").section("Overview", "Mine ban policy")
    assert "State Party: acceded 25 Jun 2025, enters into force 1 Dec 2025." in overview


def test_estonia_s_withdrawal_is_pending_on_1_december_2025(page):
    overview = page("/countries/est/?as_of=2025-12-01").section("Overview", "Mine ban policy")
    assert (
        "Withdrawal pending State Party, withdrawing: acceded 12 May 2004, in force 1 Nov 2004; "
        "withdrawal notified 27 Jun 2025, effective 27 Dec 2025."
    ) in overview
    assert "One of 166 States Parties on 1 December 2025." in overview


def test_estonia_has_withdrawn_on_1_january_2026(page):
    estonia = page("/countries/est/?as_of=2026-01-01")
    overview = estonia.section("Overview", "Mine ban policy")
    assert (
        "Withdrawn Not a State Party (withdrawn): acceded 12 May 2004, in force 1 Nov 2004; "
        "withdrawal notified 27 Jun 2025, effective 27 Dec 2025."
    ) in overview
    assert (
        "27 December 2025\nMine Ban Treaty Withdrawal from the Mine Ban Treaty took effect"
        in estonia.text
    )


def test_a_state_with_no_events_says_so(page):
    tonga = page("/countries/ton/")
    assert "The record holds no policy statements for Tonga yet." in tonga.text
    assert "No participation in meetings recorded." in tonga.text


def test_last_updated_is_when_the_state_s_record_last_changed_with_a_feed_to_follow(page):
    us = page("/countries/usa/")
    latest = Revision.objects.filter(state_id="USA").order_by("-published_at").first().published_at
    assert (
        f"Last updated: {latest.day} " in us.text
        and f"{latest.year} · History of this profile · Follow changes" in us.text
    )
    assert "/countries/usa/feed.atom" in us.hrefs


def test_an_unknown_country_returns_404(client):
    assert client.get("/countries/xyz/").status_code == 404


@pytest.mark.parametrize("code", ["us", "usaa", "u1a", "%C3%BCsa"])
def test_what_is_not_an_alpha_3_code_returns_404(client, code):
    assert client.get(f"/countries/{code}/").status_code == 404


def test_a_malformed_as_of_returns_400(client):
    response = client.get("/countries/usa/?as_of=2014-02-30")
    assert response.status_code == 400
    assert b"as_of" in response.content


def test_an_upper_case_code_redirects_permanently_to_the_lower_case_address(client):
    response = client.get("/countries/USA/?as_of=2014-09-23")
    assert (response.status_code, response["Location"]) == (301, "/countries/usa/?as_of=2014-09-23")


def test_a_profile_is_rendered_with_a_bounded_number_of_queries_and_served_from_cache(
    client, django_assert_max_num_queries
):
    treaty_record("mbt"), treaty_record("ccm")  # built once per record version, not per page
    # One query per kind of fact (state, actions, events, figures, votes, measures...).
    with django_assert_max_num_queries(16):
        first = client.get("/countries/usa/?as_of=2014-09-23")
    with django_assert_max_num_queries(2):
        again = client.get("/countries/usa/?as_of=2014-09-23")
    assert again.status_code == 200 and again.content == first.content


def test_the_profile_of_a_state_that_does_not_vote_reads_no_resolution(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    treaty_record("mbt"), treaty_record("ccm")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/countries/vat/").status_code == 200
    # Every resolution of the record was read only to be left unused.
    assert not [q for q in captured.captured_queries if 'FROM "record_resolution"' in q["sql"]]


def test_the_first_render_after_a_load_rebuilds_the_treaty_records_in_bounded_queries(
    client, django_assert_max_num_queries
):
    Revision.objects.create(
        published_at=timezone.now(), state_id="USA", summary="1 event updated", changes=[]
    )
    with django_assert_max_num_queries(30):
        assert client.get("/countries/usa/").status_code == 200


def test_a_load_that_changes_the_record_invalidates_the_cached_page(client):
    client.get("/countries/usa/")
    source = Source.objects.get(id="gao-02-1003")
    Event.objects.create(
        id="usa-2026-new",
        state_id="USA",
        date="2026-01",
        date_start=date(2026, 1, 1),
        date_end=date(2026, 1, 31),
        category="policy",
        treaty="mbt",
        text="A fact loaded just now.",
        source=source,
    )
    Revision.objects.create(
        published_at=timezone.now(), state_id="USA", summary="1 event created", changes=[]
    )
    assert "A fact loaded just now." in client.get("/countries/usa/").content.decode()


def test_the_us_profile_of_23_september_2014_matches_its_snapshot(page):
    text = page("/countries/usa/?as_of=2014-09-23").text
    text = text[text.index("\nUnited States\n") : text.index("\nSee this page as of")]
    # The load's own date is not part of what the page says about 2014.
    text = re.sub(r"Last updated: .+? ·", "Last updated: (date of the load) ·", text)
    path = SNAPSHOTS / "profile-usa-2014-09-23.txt"
    if UPDATE_SNAPSHOTS:
        path.write_text(text + "\n", encoding="utf-8")
    assert path.exists(), (
        f"no snapshot {path.name}: run with TREATYWATCH_UPDATE_SNAPSHOTS=1 and review it"
    )
    assert path.read_text(encoding="utf-8") == text + "\n", (
        f"{path.name} differs; if the change is intended, run with TREATYWATCH_UPDATE_SNAPSHOTS=1 and review the diff"
    )


def test_a_view_ten_years_ahead_is_shown(page):
    ahead = date(date.today().year + 10, 12, 31).isoformat()
    assert "One of" in page(f"/countries/ton/?as_of={ahead}").section("Overview", "Mine ban policy")


def test_a_signed_in_editor_is_never_served_the_readers_cached_page(client, django_user_model):
    client.get("/countries/usa/")
    Event.objects.create(
        id="usa-2026-draft",
        state_id="USA",
        date="2026-01",
        date_start=date(2026, 1, 1),
        date_end=date(2026, 1, 31),
        category="policy",
        treaty="mbt",
        text="Written without a load.",
        source=Source.objects.get(id="gao-02-1003"),
    )
    assert "Written without a load." not in client.get("/countries/usa/").content.decode()
    client.force_login(
        django_user_model.objects.create_user("editor", password="a long enough password")
    )
    assert "Written without a load." in client.get("/countries/usa/").content.decode()


def test_every_id_on_a_profile_is_unique_and_events_can_be_linked_to(client):
    import re

    html = client.get("/countries/usa/").content.decode()
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert any(i.startswith("event-usa-") for i in ids)


def test_ukraine_s_missed_stockpile_deadline_is_stated_with_its_source_and_what_remains(page):
    stockpile = page("/countries/ukr/?as_of=2025-12-31").section(
        "Stockpile destruction (Art. 4)", "Mines retained (Art. 3)"
    )
    assert re.search(
        r"Due 1 June 2010; missed: a source records it still not met in 2020\.(\[\d+\])+", stockpile
    )
    assert "3,364,889 antipersonnel mines stockpiled (2020)." in stockpile


def test_afghanistan_s_clearance_extensions_read_as_a_timeline_with_their_meetings(page):
    clearance = page("/countries/afg/?as_of=2025-12-31").section(
        "Clearance (Art. 5)", "Transparency reporting (Art. 7)"
    )
    lines = re.findall(r"\n(.+?)(?:\[\d+\])*(?=\n)", clearance)
    assert lines[1:5] == [
        "Original deadline, set by the treaty: 1 March 2013.",
        "7 December 2012: Extended by the Twelfth Meeting of States Parties to 1 March 2023.",
        "25 November 2022: Extended by the Twentieth Meeting of States Parties to 1 March 2025.",
        "29 November 2024: Extended by the Fifth Review Conference to 1 March 2030.",
    ]
    assert "Extended; now due 1 March 2030." in clearance


@pytest.mark.parametrize(
    "address, development",
    [
        ("/countries/ton/?as_of=2025-12-31", "25 June 2025: Acceded to the Mine Ban Treaty."),
        (
            "/countries/pol/?as_of=2025-12-31",
            "20 August 2025: Notified the depositary of its withdrawal from the Mine Ban Treaty.",
        ),
    ],
)
def test_key_developments_name_the_state_s_real_latest_steps(page, address, development):
    overview = page(address).section("Overview", "Mine ban policy")
    assert development in overview


def test_an_obligation_the_record_knows_nothing_of_is_grey_never_red(client):
    html = client.get("/countries/fin/?as_of=2025-12-31").content.decode()
    line = re.search(
        r'<li class="deadline deadline-(\w+)">Initial report: Due 28 December 2012', html
    )
    assert line and line.group(1) == "unknown"
    assert "deadline-missed" not in html


def test_annual_reports_are_summarised_in_one_line_saying_what_is_unknown(page):
    transparency = page("/countries/pol/?as_of=2025-12-31").section(
        "Transparency reporting (Art. 7)", "National implementation (Art. 9)"
    )
    assert (
        "Annual reports: 12 have fallen due; the record does not yet say which were submitted."
        in transparency
    )


def test_a_section_with_nothing_known_says_so_in_one_line_and_invites_feedback(page):
    retained = page("/countries/ton/").section("Mines retained (Art. 3)", "Clearance (Art. 5)")
    assert retained.strip().splitlines()[1:] == [
        "The record holds no figure of mines retained for training yet.",
        "Send feedback to the editors about this section",
    ]


def test_a_view_of_a_past_day_says_which_day_and_how_recent_its_newest_source_is(page):
    text = page("/countries/usa/?as_of=2010-12-31").text
    # The depositary's status list it cites for the treaty status is a current one.
    newest = "the newest source it cites was published 3 February 2026"
    assert f"\nDescribes 31 December 2010; {newest}.\n" in text
