"""Feedback in the admin site: editors read it and change only its status."""

import pytest

from treatywatch.feedback.models import Attachment, Feedback

pytestmark = pytest.mark.django_db


@pytest.fixture
def feedback(submit, sample):
    submit(message="admin-visible words", attachments=[sample("pdf")])
    return Feedback.objects.get()


def test_an_editor_sees_feedback_in_the_admin_list(client_as, feedback):
    page = client_as("editor").get("/admin/feedback/feedback/")
    assert page.status_code == 200 and b"Tonga" in page.content


def test_an_editor_can_change_only_the_status_in_the_admin(client_as, feedback):
    form = client_as("editor").get(f"/admin/feedback/feedback/{feedback.pk}/change/")
    assert form.status_code == 200
    fields = set(form.context["adminform"].form.fields)
    assert fields == {"status"}


def test_a_status_changed_in_the_admin_records_who_and_when(client_as, feedback):
    editor = client_as("editor")
    data = {
        "status": "resolved",
        "attachments-TOTAL_FORMS": "1",
        "attachments-INITIAL_FORMS": "1",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "attachments-0-id": str(Attachment.objects.get().pk),
        "attachments-0-feedback": str(feedback.pk),
    }
    response = editor.post(f"/admin/feedback/feedback/{feedback.pk}/change/", data)
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert (feedback.status, feedback.status_changed_by.username) == ("resolved", "someone-editor")
    assert feedback.message == "admin-visible words"


@pytest.mark.parametrize(
    "address", ["/admin/feedback/feedback/add/", "/admin/feedback/attachment/add/"]
)
def test_nobody_adds_feedback_through_the_admin(client_as, address):
    assert client_as("admin").get(address).status_code == 403


def test_an_editor_cannot_delete_feedback_in_the_admin(client_as, feedback):
    assert (
        client_as("editor").get(f"/admin/feedback/feedback/{feedback.pk}/delete/").status_code
        == 403
    )


def test_a_researcher_does_not_get_into_the_feedback_admin(client_as, feedback):
    response = client_as("researcher").get("/admin/feedback/feedback/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_admin_links_attachments_to_the_editors_only_download(client_as, feedback):
    page = client_as("editor").get(f"/admin/feedback/feedback/{feedback.pk}/change/").content
    assert f'href="/feedback/attachments/{Attachment.objects.get().pk}/"'.encode() in page
