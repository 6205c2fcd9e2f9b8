"""Two editors approve, at the same moment, two proposals made against the same version of
one row: exactly one is published, the other is refused. Needs a server database: SQLite
serialises writers itself, so the race cannot happen there."""

import threading

import pytest
from django.db import connection, connections

from treatywatch.accounts.creation import create_account
from treatywatch.editorial.workflow import Refused, approve, propose
from treatywatch.record.models import Event
from treatywatch.record.row_changes import current_cells

from .conftest import PASSWORD, corrected

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the race needs PostgreSQL; the suite runs again on it",
)


def approve_in_thread(proposal, editor, barrier, outcomes):
    try:
        barrier.wait(timeout=30)
        approve(proposal, editor, "Approved in a race.")
        outcomes.append("approved")
    except Refused as refused:
        outcomes.append("conflict" if refused.conflict else f"refused: {refused}")
    finally:
        connections.close_all()


def test_concurrent_approvals_of_conflicting_proposals_publish_exactly_one(committed_record):
    researcher = create_account("rita", "researcher", PASSWORD)
    editors = [create_account(f"editor{n}", "editor", PASSWORD) for n in (1, 2)]
    event = current_cells(
        "events.csv", [Event.objects.filter(state="USA").order_by("id").first().id]
    )
    proposals = [
        propose(researcher, f"Fix {n}.", [corrected(event, text=f"Text {n}.")]) for n in (1, 2)
    ]
    barrier, outcomes = threading.Barrier(2), []
    threads = [
        threading.Thread(target=approve_in_thread, args=(p, e, barrier, outcomes))
        for p, e in zip(proposals, editors)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes) == ["approved", "conflict"]
    assert Event.objects.get(id=event["id"]).text in {"Text 1.", "Text 2."}
