import pytest
from django.test import Client

from treatywatch.editorial.workflow import propose

from .conftest import PASSWORD, new_event

pytestmark = pytest.mark.django_db


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def proposal(researcher):
    return propose(researcher, "A new statement.", [new_event()])


@pytest.mark.parametrize(
    "method, path, anonymous, researcher_status, editor_status",
    [
        ("get", "/editorial/", 302, 200, 200),
        ("get", "/editorial/propose/?file=events.csv", 302, 200, 200),
        ("get", "/editorial/proposals/{pk}/", 302, 200, 200),
        ("post", "/editorial/proposals/{pk}/approve/", 302, 403, 302),
        (
            "post",
            "/editorial/proposals/{pk}/reject/",
            302,
            403,
            400,
        ),  # an editor without a reason: 400
    ],
)
def test_every_editorial_page_checks_the_role(
    researcher, editor, proposal, method, path, anonymous, researcher_status, editor_status
):
    path = path.format(pk=proposal.pk)
    statuses = [
        getattr(client, method)(path).status_code
        for client in (Client(), logged_in(researcher), logged_in(editor))
    ]
    assert statuses[0] == anonymous
    assert statuses[1:] == [researcher_status, editor_status]


def test_an_anonymous_visitor_is_sent_to_log_in(proposal):
    response = Client().get("/editorial/")
    assert response.status_code == 302 and response["Location"].startswith(
        "/accounts/login/?next=/editorial/"
    )


def test_a_researcher_cannot_see_another_researchers_proposal(proposal, db):
    from treatywatch.accounts.creation import create_account

    other = create_account("olga", "researcher", PASSWORD)
    assert logged_in(other).get(f"/editorial/proposals/{proposal.pk}/").status_code == 404


def test_the_proposal_page_shows_the_change_as_a_diff(editor, proposal):
    page = logged_in(editor).get(f"/editorial/proposals/{proposal.pk}/").content.decode()
    assert "<ins>A statement made for the test.</ins>" in page
    assert "Approve and publish" in page and "Reject" in page


def test_proposing_through_the_form_creates_a_pending_proposal(researcher):
    cells = new_event().after
    response = logged_in(researcher).post(
        "/editorial/propose/",
        {"file": "events.csv", "action": "create", **cells, "reason": "Found it."},
    )
    assert response.status_code == 302
    assert "/editorial/proposals/" in response["Location"]


def test_a_refused_proposal_keeps_what_was_typed_and_says_why(researcher):
    cells = {**new_event().after, "iso3": "XXX"}
    response = logged_in(researcher).post(
        "/editorial/propose/",
        {"file": "events.csv", "action": "create", **cells, "reason": "Found it."},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert (
        "iso3: &#x27;XXX&#x27; is not in states.csv" in page
        and "A statement made for the test." in page
    )


def test_approving_through_the_page_publishes_and_the_history_shows_it(editor, proposal):
    client = logged_in(editor)
    assert (
        client.post(
            f"/editorial/proposals/{proposal.pk}/approve/", {"comment": "Checked."}
        ).status_code
        == 302
    )
    history = Client().get("/countries/usa/history/").content.decode()
    assert (
        "1 event created" in history
        and "Checked." in history
        and "Proposed by rita, approved by eddie" in history
    )


def test_an_unknown_file_is_a_400(researcher):
    assert logged_in(researcher).get("/editorial/propose/?file=nope.csv").status_code == 400


def test_correcting_a_row_that_does_not_exist_is_a_404(researcher):
    assert (
        logged_in(researcher)
        .get("/editorial/propose/?file=events.csv&action=update&key=no-such-event")
        .status_code
        == 404
    )


def test_the_review_forms_are_protected_against_csrf(editor, proposal):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert (
        client.post(f"/editorial/proposals/{proposal.pk}/approve/", {"comment": "x"}).status_code
        == 403
    )
