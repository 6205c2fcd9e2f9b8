import pytest
from django.test import Client

from treatywatch.accounts.tokens import create_token
from treatywatch.record.models import Event

from .conftest import corrected, new_event

pytestmark = pytest.mark.django_db


def api(user=None) -> Client:
    headers = {"HTTP_AUTHORIZATION": f"Bearer {create_token(user)}"} if user else {}
    return Client(**headers)


def post(client, path, body):
    return client.post(f"/api/v1{path}", body, content_type="application/json")


def test_a_script_can_propose_list_and_approve(researcher, editor):
    response = post(
        api(researcher),
        "/editorial/proposals",
        {"reason": "Found it.", "changes": [new_event().to_json()]},
    )
    assert response.status_code == 201, response.content
    proposal = response.json()
    assert (proposal["status"], proposal["cited_sources"]) == ("pending", ["gao-02-1003"])
    editor_api = api(editor)
    assert [p["id"] for p in editor_api.get("/api/v1/editorial/proposals").json()] == [
        proposal["id"]
    ]
    approved = post(
        editor_api, f"/editorial/proposals/{proposal['id']}/approve", {"comment": "Checked."}
    )
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    assert Event.objects.filter(id="usa-2025-01-01-test-event").exists()


@pytest.mark.parametrize("header", [None, "Bearer tw_wrong", "Basic abc"])
def test_the_editorial_api_refuses_a_missing_or_wrong_token_with_401(header):
    client = Client(HTTP_AUTHORIZATION=header) if header else Client()
    response = client.get("/api/v1/editorial/proposals")
    assert response.status_code == 401
    assert response.json()["error"]["status"] == 401


def test_a_researcher_cannot_approve_through_the_api(researcher):
    client = api(researcher)
    proposal = post(
        client, "/editorial/proposals", {"reason": "Mine.", "changes": [new_event().to_json()]}
    ).json()
    response = post(client, f"/editorial/proposals/{proposal['id']}/approve", {"comment": ""})
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"


def test_a_researcher_sees_only_their_own_proposals(researcher, db):
    from treatywatch.accounts.creation import create_account

    proposal = post(
        api(researcher),
        "/editorial/proposals",
        {"reason": "Mine.", "changes": [new_event().to_json()]},
    ).json()
    other = create_account("olga", "researcher", "correct horse battery staple")
    assert api(other).get(f"/api/v1/editorial/proposals/{proposal['id']}").status_code == 404
    assert api(other).get("/api/v1/editorial/proposals").json() == []


def test_a_refused_change_is_a_400_naming_the_field(researcher):
    response = post(
        api(researcher),
        "/editorial/proposals",
        {"reason": "Bad.", "changes": [new_event(date="2025-02-30").to_json()]},
    )
    assert response.status_code == 400
    assert "date: '2025-02-30' is not a real day" in response.json()["error"]["message"]


def test_approving_against_a_changed_record_is_a_409(researcher, editor, us_event):
    client, editor_api = api(researcher), api(editor)
    first = post(
        client,
        "/editorial/proposals",
        {"reason": "One.", "changes": [corrected(us_event, text="One.").to_json()]},
    ).json()
    second = post(
        client,
        "/editorial/proposals",
        {"reason": "Two.", "changes": [corrected(us_event, text="Two.").to_json()]},
    ).json()
    assert post(editor_api, f"/editorial/proposals/{first['id']}/approve", {}).status_code == 200
    response = post(editor_api, f"/editorial/proposals/{second['id']}/approve", {})
    assert (
        response.status_code == 409
        and "has been changed since" in response.json()["error"]["message"]
    )


def test_an_editor_can_publish_directly_through_the_api(editor):
    response = post(
        api(editor),
        "/editorial/proposals",
        {"reason": "Direct.", "changes": [new_event().to_json()], "publish": True},
    )
    assert response.status_code == 201 and response.json()["status"] == "approved"


def test_a_direct_publish_too_long_for_the_record_is_a_400_not_a_server_error(editor):
    response = post(
        api(editor),
        "/editorial/proposals",
        {
            "reason": "Long id.",
            "changes": [new_event(id="usa-" + "x" * 396).to_json()],
            "publish": True,
        },
    )
    assert response.status_code == 400 and response.json()["error"]["code"] == "change_refused"
    assert "id: is 400 characters long; at most 120 fit" in response.json()["error"]["message"]
    assert not Event.objects.filter(id__startswith="usa-xxx").exists()


@pytest.mark.parametrize(
    "method, path, anonymous, researcher_status, editor_status",
    [
        ("get", "/editorial/proposals", 401, 200, 200),
        ("get", "/editorial/proposals/{pk}", 401, 200, 200),
        ("post", "/editorial/proposals/{pk}/approve", 401, 403, 200),
        (
            "post",
            "/editorial/proposals/{pk}/reject",
            401,
            403,
            400,
        ),  # an editor without a reason: 400
    ],
)
def test_every_editorial_api_call_checks_the_token_and_the_role(
    researcher, editor, method, path, anonymous, researcher_status, editor_status
):
    from treatywatch.editorial.workflow import propose

    proposal = propose(researcher, "A new statement.", [new_event()])
    path = f"/api/v1{path.format(pk=proposal.pk)}"
    statuses = []
    for client in (Client(), api(researcher), api(editor)):
        response = (
            client.get(path)
            if method == "get"
            else client.post(path, {}, content_type="application/json")
        )
        statuses.append(response.status_code)
    assert statuses == [anonymous, researcher_status, editor_status]
