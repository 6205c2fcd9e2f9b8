import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def usa_2009(get_json):
    return get_json("/api/v1/states/usa/profile?as_of=2009-11-30")


def test_a_profile_holds_only_the_events_known_by_its_date(usa_2009):
    assert usa_2009["as_of"] == "2009-11-30"
    assert all(event["date_end"] <= "2009-11-30" for event in usa_2009["events"])
    ids = {event["id"] for event in usa_2009["events"]}
    assert (
        "usa-2009-11-25-review-still-ongoing" in ids
        and "usa-2009-12-02-unga-64-56-abstain" not in ids
    )


def test_a_profile_holds_only_the_votes_and_figures_known_by_its_date(usa_2009):
    assert [vote["resolution"] for vote in usa_2009["votes"]][-1] == "A/RES/63/42"
    assert {figure["as_of"] for figure in usa_2009["figures"]} == {"2000", "2001-02-28", "2002"}


def test_a_profile_cites_every_source_it_uses_once(usa_2009):
    cited = [source["id"] for source in usa_2009["sources"]]
    assert cited == sorted(set(cited))
    used = {usa_2009["state"]["source_id"]}
    used |= {
        fact["source_id"] for part in ("events", "figures", "votes") for fact in usa_2009[part]
    }
    assert set(cited) == used


def test_a_party_s_profile_gives_its_standing_history_actions_and_deadlines(get_json):
    tonga = get_json("/api/v1/states/ton/profile?as_of=2026-06-01")["treaties"]["mbt"]
    assert tonga["standing"]["status"] == "party_in_force"
    assert tonga["history"] == [
        {"date": "2025-06-25", "status": "party"},
        {"date": "2025-12-01", "status": "party_in_force"},
    ]
    assert [(action["action"], action["date"]) for action in tonga["actions"]] == [
        ("consent", "2025-06-25")
    ]
    assert tonga["deadlines"][0]["obligation"] == "initial_report"


def test_a_profile_says_when_the_state_s_record_last_changed(usa_2009):
    from treatywatch.record.models import Revision

    newest = Revision.objects.filter(state_id="USA").order_by("-published_at").first()
    assert usa_2009["last_updated"].startswith(newest.published_at.date().isoformat())


def test_the_united_states_profile_of_23_september_2014_is_a_reviewed_snapshot(get_json, snapshot):
    profile = get_json("/api/v1/states/usa/profile?as_of=2014-09-23")
    profile["last_updated"] = "(the time of the test's load)"
    snapshot("usa_profile_2014-09-23", profile)
