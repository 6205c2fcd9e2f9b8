import pytest
from django.db import IntegrityError, transaction

from treatywatch.alerts.models import OutboxMessage, Subscription
from treatywatch.alerts.publishing import revisions_published

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def environment(alert_env):
    return alert_env


def test_a_confirmed_subscriber_gets_one_alert_naming_the_profile(subscribed, publish):
    subscribed("reader@example.org", "USA")
    revisions_published(publish("USA", summary="2 events created; 1 figure updated"))
    [alert] = OutboxMessage.objects.all()
    assert alert.to == "reader@example.org"
    assert alert.subject == "TreatyWatch: United States profile updated"
    assert (
        "United States\n  2 events created; 1 figure updated\n  https://treatywatch.example/countries/usa/\n"
        in alert.body
    )


def test_an_unconfirmed_subscriber_gets_no_alert(subscribed, publish):
    subscribed("reader@example.org", "USA", confirmed=False)
    assert revisions_published(publish("USA")) == 0
    assert not OutboxMessage.objects.exists()


def test_a_subscriber_to_another_profile_gets_no_alert(subscribed, publish):
    subscribed("reader@example.org", "FIN")
    assert revisions_published(publish("USA")) == 0


def test_several_profiles_published_together_make_one_digest_per_subscriber(subscribed, publish):
    subscribed("everything@example.org")
    revisions_published(publish("USA", "FIN", "CIV"))
    [alert] = OutboxMessage.objects.all()
    assert alert.subject == "TreatyWatch: 3 profiles updated"
    # Alphabetical, each with its own link.
    titles = [
        line
        for line in alert.body.splitlines()
        if line in ("Côte d'Ivoire", "Finland", "United States")
    ]
    assert titles == ["Côte d'Ivoire", "Finland", "United States"]
    assert "https://treatywatch.example/countries/civ/" in alert.body


def test_a_profile_subscriber_hears_only_of_that_profile_in_a_larger_publication(
    subscribed, publish
):
    subscribed("reader@example.org", "FIN")
    revisions_published(publish("USA", "FIN", "CIV"))
    [alert] = OutboxMessage.objects.all()
    assert alert.subject == "TreatyWatch: Finland profile updated"
    assert "United States" not in alert.body


def test_changes_to_sources_reach_only_those_who_follow_every_change(subscribed, publish):
    subscribed("profile@example.org", "USA")
    subscribed("everything@example.org")
    revisions_published(publish(None, summary="3 sources created"))
    [alert] = OutboxMessage.objects.all()
    assert alert.to == "everything@example.org"
    assert alert.subject == "TreatyWatch: the record was updated"
    assert (
        "Sources and resolutions\n  3 sources created\n  https://treatywatch.example/downloads/"
        in alert.body
    )


def test_an_address_following_a_profile_and_every_change_gets_one_alert_not_two(
    subscribed, publish
):
    subscribed("reader@example.org", "USA")
    subscribed("reader@example.org")
    assert revisions_published(publish("USA")) == 1


def test_every_alert_carries_an_unsubscribe_link_and_the_one_click_headers(subscribed, publish):
    subscribed("reader@example.org", "USA")
    revisions_published(publish("USA"))
    alert = OutboxMessage.objects.get()
    url = alert.headers["List-Unsubscribe"].strip("<>")
    assert url.startswith("https://treatywatch.example/alerts/unsubscribe/")
    assert alert.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"To stop these emails, open this link and press the button: {url}" in alert.body
    assert "changes to the profile of United States" in alert.body


def test_publishing_the_same_revisions_twice_queues_each_alert_once(subscribed, publish):
    subscribed("reader@example.org", "USA")
    subscribed("everything@example.org")
    updates = publish("USA", "FIN")
    assert revisions_published(updates) == 2
    revisions_published(list(reversed(updates)))
    assert OutboxMessage.objects.count() == 2


def test_a_later_publication_for_the_same_profile_is_a_new_alert(subscribed, publish):
    subscribed("reader@example.org", "USA")
    revisions_published(publish("USA"))
    revisions_published(publish("USA"))
    assert OutboxMessage.objects.count() == 2


def test_alerts_are_rolled_back_with_a_publication_that_fails(subscribed, publish):
    subscribed("reader@example.org", "USA")
    with pytest.raises(IntegrityError), transaction.atomic():
        revisions_published(publish("USA"))
        Subscription.objects.create(
            email="reader@example.org", state_id="USA"
        )  # breaks the transaction
    assert not OutboxMessage.objects.exists()


def test_an_empty_publication_queues_nothing(subscribed):
    subscribed("everything@example.org")
    assert revisions_published([]) == 0


def test_a_publication_of_every_profile_lists_a_hundred_and_counts_the_rest(subscribed, publish):
    from treatywatch.record.models import State

    codes = list(State.objects.values_list("iso3", flat=True))
    subscribed("everything@example.org")
    revisions_published(publish(*codes))
    alert = OutboxMessage.objects.get()
    assert alert.subject == f"TreatyWatch: {len(codes)} profiles updated"
    assert alert.body.count("https://treatywatch.example/countries/") == 100
    assert (
        f"… and {len(codes) - 100} more: see https://treatywatch.example/downloads/" in alert.body
    )


def test_an_alert_says_why_the_record_changed_when_the_revision_says_so(subscribed, publish):
    subscribed("reader@example.org", "USA")
    [revision] = publish("USA")
    revision.comment = "Corrected against the 2014 press release."
    revisions_published([revision])
    assert "  Why: Corrected against the 2014 press release.\n" in OutboxMessage.objects.get().body


def test_an_approved_proposal_reaches_a_subscriber_through_the_outbox(subscribed):
    from treatywatch.accounts.creation import create_account
    from treatywatch.editorial.changes import RowChange
    from treatywatch.editorial.workflow import publish_directly

    subscribed("reader@example.org", "USA")
    editor = create_account("eddie", "editor", "correct horse battery staple")
    row = {
        "id": "usa-2025-01-01-alert-test",
        "iso3": "USA",
        "date": "2025-01-01",
        "category": "policy",
        "treaty": "mbt",
        "text": "A statement.",
        "source_id": "gao-02-1003",
    }
    publish_directly(editor, "New statement.", [RowChange("events.csv", "create", None, row)])
    [alert] = OutboxMessage.objects.filter(to="reader@example.org")
    assert "1 event created" in alert.body and "Why: New statement." in alert.body
