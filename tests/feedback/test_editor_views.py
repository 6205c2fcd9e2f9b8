"""Every editorial view: anonymous visitors are sent to log in, researchers get 403,
editors and admins get the page."""

import pytest

from treatywatch.feedback.models import Attachment, Feedback

pytestmark = pytest.mark.django_db


@pytest.fixture
def feedback(submit, sample):
    submit(
        message="The 1999 figure is wrong.",
        name="Ana Reader",
        email="ana@example.org",
        attachments=[sample("pdf")],
    )
    return Feedback.objects.get()


def _request(client, view, feedback):
    attachment = Attachment.objects.get(feedback=feedback)
    return {
        "queue": lambda: client.get("/feedback/queue/"),
        "item": lambda: client.get(f"/feedback/{feedback.pk}/item/"),
        "status change": lambda: client.post(
            f"/feedback/{feedback.pk}/status/", {"status": "acknowledged"}
        ),
        "attachment download": lambda: client.get(f"/feedback/attachments/{attachment.pk}/"),
    }[view]()


VIEWS = ["queue", "item", "status change", "attachment download"]


@pytest.mark.parametrize("view", VIEWS)
def test_an_anonymous_visitor_is_sent_to_log_in(client_as, feedback, view):
    response = _request(client_as(None), view, feedback)
    assert response.status_code == 302 and response["Location"].startswith(
        "/accounts/login/?next=/feedback/"
    )
    feedback.refresh_from_db()
    assert feedback.status == "new"


@pytest.mark.parametrize("view", VIEWS)
def test_a_researcher_is_refused_with_403(client_as, feedback, view):
    response = _request(client_as("researcher"), view, feedback)
    assert response.status_code == 403 and b"Only editors may see feedback" in response.content
    assert b"The 1999 figure is wrong." not in response.content
    feedback.refresh_from_db()
    assert feedback.status == "new"


@pytest.mark.parametrize("role", ["editor", "admin"])
@pytest.mark.parametrize("view", VIEWS)
def test_an_editor_or_admin_is_let_in(client_as, feedback, view, role):
    response = _request(client_as(role), view, feedback)
    expected = 302 if view == "status change" else 200
    assert response.status_code == expected


def test_the_queue_lists_newest_first_with_state_section_and_status(submit, client_as):
    submit(message="first message", section="timeline")
    submit(message="second message", iso3="usa", section="overview")
    page = client_as("editor").get("/feedback/queue/").content.decode()
    assert page.index("second message") < page.index("first message")
    assert "United States" in page and "Timeline" in page and "New (2)" in page


def test_the_queue_filters_by_status(submit, client_as):
    submit(message="still new")
    submit(message="already done")
    Feedback.objects.filter(message="already done").update(status="resolved")
    page = client_as("editor").get("/feedback/queue/?status=resolved").content
    assert b"already done" in page and b"still new" not in page


def test_an_unknown_status_filter_shows_everything(submit, client_as):
    submit(message="still new")
    assert b"still new" in client_as("editor").get("/feedback/queue/?status=bogus").content


def test_the_item_page_shows_the_message_submitter_and_attachments(client_as, feedback):
    page = client_as("editor").get(f"/feedback/{feedback.pk}/item/").content
    for expected in (
        b"The 1999 figure is wrong.",
        b"Ana Reader",
        b"ana@example.org",
        b"report.pdf",
        b"Policy narrative",
    ):
        assert expected in page


def test_an_unknown_item_is_404_for_an_editor(client_as):
    assert client_as("editor").get("/feedback/999999/item/").status_code == 404


def test_an_editor_moves_feedback_through_acknowledged_to_resolved_and_who_is_recorded(
    client_as, feedback
):
    editor = client_as("editor")
    for status in ("acknowledged", "resolved"):
        response = editor.post(f"/feedback/{feedback.pk}/status/", {"status": status})
        assert (
            response.status_code == 302 and response["Location"] == f"/feedback/{feedback.pk}/item/"
        )
        feedback.refresh_from_db()
        assert feedback.status == status
    assert (
        feedback.status_changed_by.username == "someone-editor"
        and feedback.status_changed_at is not None
    )
    assert b"set by someone-editor" in editor.get(f"/feedback/{feedback.pk}/item/").content


def test_an_unknown_status_is_refused(client_as, feedback):
    response = client_as("editor").post(f"/feedback/{feedback.pk}/status/", {"status": "deleted"})
    assert response.status_code == 400
    feedback.refresh_from_db()
    assert feedback.status == "new"


def test_the_status_cannot_be_changed_with_a_get(client_as, feedback):
    assert (
        client_as("editor").get(f"/feedback/{feedback.pk}/status/?status=resolved").status_code
        == 405
    )
