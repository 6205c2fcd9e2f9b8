import pytest

from treatywatch.feedback.models import Feedback

pytestmark = pytest.mark.django_db


def test_the_form_preselects_the_section_named_in_the_address(client):
    response = client.get("/feedback/ton/?section=obligations")
    assert response.status_code == 200
    assert b'<option value="obligations" selected>' in response.content
    assert b"Tonga" in response.content


def test_an_unknown_section_in_the_address_preselects_the_whole_profile(client):
    response = client.get("/feedback/ton/?section=nonsense")
    assert b'<option value="general" selected>' in response.content


def test_the_form_for_an_unknown_state_is_a_404(client):
    assert client.get("/feedback/xyz/").status_code == 404


def test_the_form_accepts_an_upper_case_code(client):
    assert client.get("/feedback/TON/").status_code == 200


def test_feedback_without_an_email_is_saved_and_thanked_without_a_status_link(submit):
    response = submit(message="Art. 7 report for 2024 is missing.", name="Ana")
    assert response.status_code == 200 and b"Thank you" in response.content
    assert b"/feedback/status/" not in response.content
    saved = Feedback.objects.get()
    assert (saved.state_id, saved.section, saved.message, saved.name, saved.status) == (
        "TON",
        "narrative",
        "Art. 7 report for 2024 is missing.",
        "Ana",
        "new",
    )
    assert saved.status_token_hash is None


def test_feedback_with_an_email_shows_the_private_status_link(submit):
    response = submit(email="reader@example.org")
    assert b"http://testserver/feedback/status/" in response.content
    assert Feedback.objects.get().email == "reader@example.org"


def test_the_status_link_is_not_stored_in_the_database(submit):
    response = submit(email="reader@example.org")
    token = response.content.split(b"/feedback/status/")[1].split(b"/")[0].decode()
    assert token not in str(list(Feedback.objects.values()))


def test_a_message_is_required(submit):
    response = submit(message="")
    assert response.status_code == 200 and b"This field is required." in response.content
    assert not Feedback.objects.exists()


def test_a_message_longer_than_ten_thousand_characters_is_refused(submit):
    response = submit(message="x" * 10_001)
    assert b"at most 10000 characters" in response.content
    assert not Feedback.objects.exists()


def test_a_malformed_email_is_refused_and_the_message_kept(submit):
    response = submit(message="Keep me", email="not-an-address")
    assert b"Enter a valid email address." in response.content
    assert b"Keep me</textarea>" in response.content
    assert not Feedback.objects.exists()


def test_the_form_pages_are_never_cached(client, submit):
    assert client.get("/feedback/ton/")["Cache-Control"] == "private, no-store"
    assert submit()["Cache-Control"] == "private, no-store"
