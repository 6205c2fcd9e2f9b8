"""The honeypot, the rate limits and CSRF."""

import pytest
from django.test import Client

from treatywatch.feedback.models import Feedback

pytestmark = pytest.mark.django_db


def test_the_honeypot_is_labelled_for_people_and_hidden_by_a_class(client):
    page = client.get("/feedback/ton/").content.decode()
    assert '<div class="feedback-trap" aria-hidden="true">' in page
    assert "Leave this empty" in page and 'name="topic"' in page


def test_the_honeypot_class_hides_it_in_the_stylesheet(client):
    css = b"".join(client.get("/static/feedback/feedback.css").streaming_content)
    assert b".feedback-trap { position: absolute; left: -10000px;" in css


def test_a_filled_honeypot_pretends_success_and_stores_nothing(
    submit, sample, outbox, private_dir, make_account
):
    make_account("ed", "editor")
    response = submit(
        topic="http://spam.example", email="bot@example.org", attachments=[sample("pdf")]
    )
    assert response.status_code == 200 and b"Thank you" in response.content
    assert not Feedback.objects.exists()
    assert outbox.messages() == []
    assert not any(path.is_file() for path in private_dir.rglob("*"))


def test_the_sixth_message_in_an_hour_from_one_address_is_refused_with_429(submit):
    for _ in range(5):
        assert b"Thank you" in submit().content
    response = submit(message="One more")
    assert response.status_code == 429
    assert (
        b"sent 5 messages in the last hour" in response.content
        and b"One more</textarea>" in response.content
    )
    assert Feedback.objects.count() == 5


def test_another_address_is_not_limited_by_the_first(submit, client):
    for _ in range(5):
        submit()
    assert submit(via=Client(REMOTE_ADDR="192.0.2.7")).status_code == 200
    assert Feedback.objects.count() == 6


def test_twenty_failed_posts_in_an_hour_are_refused_with_429(submit):
    for _ in range(20):
        assert submit(message="").status_code == 200
    response = submit()
    assert response.status_code == 429 and b"try again in an hour" in response.content
    assert not Feedback.objects.exists()


def test_the_form_refuses_a_post_without_a_csrf_token():
    response = Client(enforce_csrf_checks=True).post("/feedback/ton/", {"message": "Hello"})
    assert response.status_code == 403
    assert not Feedback.objects.exists()


def test_the_form_accepts_a_post_with_its_csrf_token():
    client = Client(enforce_csrf_checks=True)
    client.get("/feedback/ton/")
    token = client.cookies["csrftoken"].value
    response = client.post(
        "/feedback/ton/", {"section": "general", "message": "Hello", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 200 and Feedback.objects.count() == 1


def test_the_status_change_refuses_a_post_without_a_csrf_token(make_account, submit):
    submit()
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_account("ed", "editor"))
    feedback = Feedback.objects.get()
    assert (
        client.post(f"/feedback/{feedback.pk}/status/", {"status": "resolved"}).status_code == 403
    )
    feedback.refresh_from_db()
    assert feedback.status == "new"


def test_every_form_the_feedback_app_renders_carries_a_csrf_token():
    from pathlib import Path

    import treatywatch.feedback

    templates = Path(treatywatch.feedback.__file__).parent / "templates"
    for template in templates.rglob("*.html"):
        text = template.read_text()
        assert text.count('method="post"') == text.count("{% csrf_token %}"), template.name
