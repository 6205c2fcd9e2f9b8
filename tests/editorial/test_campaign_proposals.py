"""Editors add campaigns and asks through the reviewed workflow, as any dataset row: an ask
proposed and approved is judged on the campaign page at once; a bad one is refused."""

import pytest
from django.test import Client

from treatywatch.accounts.tokens import create_token
from treatywatch.editorial.changes import RowChange

pytestmark = pytest.mark.django_db

ASK = {
    "campaign": "uscbl-2024-no-transfer-to-ukraine",
    "number": "2",
    "iso3": "USA",
    "ask": "Join the Mine Ban Treaty (a test ask)",
    "criterion": "party_by",
    "treaty": "mbt",
    "category": "",
    "breach": "",
    "exception": "",
    "by": "",
    "source_id": "banminesusa-2024-11-20-condemns-transfer",
}


def propose(user, cells):
    change = RowChange("asks.csv", "create", None, cells)
    return Client(HTTP_AUTHORIZATION=f"Bearer {create_token(user)}").post(
        "/api/v1/editorial/proposals",
        {"reason": "From the press release.", "changes": [change.to_json()]},
        content_type="application/json",
    )


def test_an_approved_ask_is_judged_on_the_campaign_page(researcher, editor, client):
    proposal = propose(researcher, ASK).json()
    editor_client = Client(HTTP_AUTHORIZATION=f"Bearer {create_token(editor)}")
    approved = editor_client.post(
        f"/api/v1/editorial/proposals/{proposal['id']}/approve",
        {"comment": "Checked."},
        content_type="application/json",
    )
    assert approved.status_code == 200, approved.content
    page = client.get("/api/v1/campaigns/uscbl-2024-no-transfer-to-ukraine").json()
    assert [(a["number"], a["status"]) for a in page["asks"]] == [(1, "reversed"), (2, "not_met")]


def test_an_ask_without_what_its_criterion_reads_is_refused(researcher):
    response = propose(researcher, {**ASK, "treaty": ""})
    assert response.status_code == 400
    assert "the criterion party_by needs a treaty" in response.content.decode()
