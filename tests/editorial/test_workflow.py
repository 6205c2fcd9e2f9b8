import pytest

from treatywatch.editorial.models import Proposal
from treatywatch.editorial.workflow import Refused, approve, propose, publish_directly, reject
from treatywatch.record.models import Event, Revision

from .conftest import corrected, new_event

pytestmark = pytest.mark.django_db


def test_an_approved_proposal_is_published_as_a_revision_with_who_when_and_why(researcher, editor):
    proposal = propose(researcher, "New statement found.", [new_event()])
    assert not Event.objects.filter(id="usa-2025-01-01-test-event").exists()
    [revision] = approve(proposal, editor, "Checked against the source.")
    assert (
        Event.objects.get(id="usa-2025-01-01-test-event").text == "A statement made for the test."
    )
    assert (revision.state_id, revision.author, revision.reviewer, revision.comment) == (
        "USA",
        researcher,
        editor,
        "Checked against the source.",
    )
    assert (
        revision.changes[0]["before"] is None
        and revision.changes[0]["after"]["id"] == "usa-2025-01-01-test-event"
    )
    proposal.refresh_from_db()
    assert proposal.status == Proposal.APPROVED


def test_a_proposal_without_a_source_is_refused(researcher):
    with pytest.raises(Refused) as refused:
        propose(researcher, "Unsourced.", [new_event(source_id="")])
    assert refused.value.reasons == [
        "cite at least one source: every fact in the record rests on one"
    ]


def test_a_proposal_that_breaks_a_rule_is_refused_with_the_row_and_field(researcher):
    with pytest.raises(Refused) as refused:
        propose(researcher, "Bad code.", [new_event(iso3="XXX")])
    assert refused.value.reasons == [
        "events.csv usa-2025-01-01-test-event: iso3: 'XXX' is not in states.csv"
    ]


def test_a_proposal_needs_a_reason(researcher):
    with pytest.raises(Refused, match="say why the record should change"):
        propose(researcher, "  ", [new_event()])


def test_approving_a_proposal_whose_row_changed_since_is_refused(researcher, editor, us_event):
    first = propose(researcher, "Fix a typo.", [corrected(us_event, text="First correction.")])
    second = propose(researcher, "Another fix.", [corrected(us_event, text="Second correction.")])
    approve(first, editor, "Right.")
    with pytest.raises(Refused) as refused:
        approve(second, editor, "Also right?")
    assert refused.value.conflict
    assert "has been changed since this proposal was made" in refused.value.reasons[0]
    assert Event.objects.get(id=us_event["id"]).text == "First correction."


def test_a_rejection_needs_a_reason_that_the_researcher_sees(researcher, editor):
    proposal = propose(researcher, "Maybe.", [new_event()])
    with pytest.raises(Refused, match="give the reason"):
        reject(proposal, editor, "")
    reject(proposal, editor, "The source does not say this.")
    proposal.refresh_from_db()
    assert (proposal.status, proposal.review_comment) == (
        Proposal.REJECTED,
        "The source does not say this.",
    )


def test_a_researcher_cannot_approve(researcher):
    proposal = propose(researcher, "Mine.", [new_event()])
    with pytest.raises(Refused, match="only editors"):
        approve(proposal, researcher, "Self-approved.")


def test_a_proposal_is_reviewed_only_once(researcher, editor):
    proposal = propose(researcher, "Once.", [new_event()])
    approve(proposal, editor, "Yes.")
    with pytest.raises(Refused, match="was approved already"):
        reject(proposal, editor, "No.")


def test_an_editor_can_publish_directly_and_it_is_kept_like_any_other_change(editor, us_event):
    before = Revision.objects.count()
    publish_directly(editor, "Typo.", [corrected(us_event, text="Corrected directly.")])
    assert Revision.objects.count() == before + 1
    assert Proposal.objects.get().status == Proposal.APPROVED


def test_a_deletion_removes_the_row_and_keeps_it_in_the_revision(researcher, editor, us_event):
    from treatywatch.editorial.changes import RowChange

    [revision] = approve(
        propose(researcher, "Duplicate.", [RowChange("events.csv", "delete", us_event, None)]),
        editor,
        "Yes.",
    )
    assert not Event.objects.filter(id=us_event["id"]).exists()
    assert revision.changes[0]["before"] == us_event and revision.changes[0]["after"] is None


def test_a_malformed_change_is_refused_before_anything_is_checked(researcher):
    from treatywatch.editorial.changes import RowChange

    with pytest.raises(Refused) as refused:
        propose(researcher, "Odd.", [RowChange("nope.csv", "create", None, {})])
    assert refused.value.reasons[0].startswith("change 1: unknown file 'nope.csv'")


def test_a_refused_direct_edit_leaves_no_proposal_behind(editor):
    with pytest.raises(Refused):
        publish_directly(editor, "Bad code.", [new_event(iso3="XXX")])
    assert not Proposal.objects.exists()


def test_a_proposal_with_a_key_too_long_for_the_record_is_refused_when_proposed(researcher):
    with pytest.raises(Refused) as refused:
        propose(researcher, "Long id.", [new_event(id="usa-" + "x" * 396)])
    [reason] = refused.value.reasons
    assert reason.endswith("id: is 400 characters long; at most 120 fit")
