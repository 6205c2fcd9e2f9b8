"""The eight asks of the USCBL letter of 31 January 2022, judged from the bundled record on
the days where their status changes."""

import pytest

pytestmark = pytest.mark.django_db

LETTER = "/api/v1/campaigns/uscbl-2022-biden-letter"


def statuses(client, as_of: str) -> dict[int, str]:
    body = client.get(f"{LETTER}?as_of={as_of}").json()
    return {ask["number"]: ask["status"] for ask in body["asks"]}


@pytest.mark.parametrize(
    "as_of, expected",
    [
        # The day the letter was sent: nothing asked is done yet.
        ("2022-01-31", ["not_met"] * 5 + ["unknown", "not_met", "unknown"]),
        # The June 2022 policy: the review is done, transfers banned, Korea kept as an exception.
        (
            "2022-06-21",
            [
                "met",
                "partly_met",
                "partly_met",
                "met",
                "partly_met",
                "unknown",
                "not_met",
                "unknown",
            ],
        ),
        # The transfers to Ukraine announced in November 2024 reverse the transfer ban.
        (
            "2024-11-20",
            [
                "met",
                "partly_met",
                "partly_met",
                "reversed",
                "partly_met",
                "unknown",
                "not_met",
                "unknown",
            ],
        ),
    ],
)
def test_the_letters_asks_stand_on_each_day_as_the_record_decides(client, as_of, expected):
    assert [statuses(client, as_of)[n] for n in range(1, 9)] == expected


def test_the_reversal_names_the_policy_and_the_transfer_that_undid_it(client):
    body = client.get(f"{LETTER}?as_of=2025-01-01").json()
    transfers = next(ask for ask in body["asks"] if ask["number"] == 4)
    assert [(s["date"], s["status"]) for s in transfers["history"]] == [
        ("2022-01-31", "not_met"),
        ("2022-06-21", "met"),
        ("2024-11-20", "reversed"),
    ]
    deciding = [reason["event_id"] for reason in transfers["history"][-1]["decided_by"]]
    assert deciding == [
        "usa-2022-06-21-biden-policy",
        "usa-2024-11-20-transfer-to-ukraine",
        "usa-2024-12-02-additional-transfer-to-ukraine",
    ]


def test_the_campaign_page_shows_each_ask_with_its_timeline_and_sources(client):
    page = client.get("/campaigns/uscbl-2022-biden-letter/?as_of=2025-01-01").content.decode()
    assert page.count('class="ask-timeline"') == 8
    assert "reversed from 2024-11-20" in page  # the timeline's text alternative
    assert "#source-kesq-2024-11-20-landmines-ukraine" in page


def test_before_the_letter_the_page_says_the_asks_were_not_yet_made(client):
    page = client.get("/campaigns/uscbl-2022-biden-letter/?as_of=2021-12-31").content.decode()
    assert "these asks had not yet been made" in page
    assert statuses(client, "2021-12-31") == {n: "not_yet_asked" for n in range(1, 9)}


def test_every_campaign_is_listed_and_has_a_feed(client):
    listing = client.get("/campaigns/").content.decode()
    for campaign in client.get("/api/v1/campaigns").json():
        assert campaign["id"] in listing
        feed = client.get(f"/campaigns/{campaign['id']}/feed.atom")
        assert feed.status_code == 200 and b"<entry>" in feed.content


@pytest.mark.parametrize(
    "path, status",
    [
        ("/campaigns/no-such-campaign/", 404),
        ("/campaigns/uscbl-2022-biden-letter/?as_of=2022-13-01", 400),
        ("/api/v1/campaigns/no-such-campaign", 404),
        ("/api/v1/campaigns/uscbl-2022-biden-letter?as_of=yesterday", 400),
        ("/follow/confirm/not-a-signed-link/", 400),
        ("/follow/unsubscribe/not-a-signed-link/", 400),
    ],
)
def test_a_bad_address_or_date_is_a_clear_client_error(client, path, status):
    assert client.get(path).status_code == status


def test_following_needs_a_valid_address(client):
    response = client.post("/follow/uscbl-2022-biden-letter/", {"email": "not an address"})
    assert response.status_code == 400
    assert b"Give a valid email address" in response.content


def test_the_shared_campaign_page_carries_no_form_token_and_links_to_the_follow_form(client):
    page = client.get("/campaigns/uscbl-2022-biden-letter/").content.decode()
    assert "csrfmiddlewaretoken" not in page
    assert 'href="/follow/uscbl-2022-biden-letter/"' in page
    form = client.get("/follow/uscbl-2022-biden-letter/")
    assert form.status_code == 200 and b'name="email"' in form.content
