"""Editors are emailed about new feedback; a submitter who gave an email gets the link."""

import pytest

from treatywatch.feedback.models import Feedback

pytestmark = pytest.mark.django_db


def test_every_active_editor_and_admin_with_an_email_is_emailed_once_about_new_feedback(
    submit, outbox, make_account
):
    make_account("ed", "editor")
    make_account("ad", "admin")
    make_account("re", "researcher")
    make_account("nomail", "editor", email="")
    make_account("gone", "editor").__class__.objects.filter(username="gone").update(is_active=False)
    submit(message="private words")
    feedback = Feedback.objects.get()
    sent = outbox.messages()
    assert sorted(m["to"] for m in sent) == ["ad@example.org", "ed@example.org"]
    assert all(f"http://testserver/feedback/{feedback.pk}/item/" in m["body"] for m in sent)
    assert all(m["subject"] == "New feedback on Tonga: Policy narrative" for m in sent)


def test_the_editors_email_does_not_carry_the_message_or_the_submitter(
    submit, outbox, make_account
):
    make_account("ed", "editor")
    submit(message="private words", name="Ana Reader", email="ana@example.org")
    [to_editor] = [m for m in outbox.messages() if m["to"] == "ed@example.org"]
    assert "private words" not in to_editor["body"] and "Ana Reader" not in to_editor["body"]
    assert "ana@example.org" not in to_editor["body"]


def test_the_submitter_is_emailed_the_status_link_shown_on_the_thank_you_page(submit, outbox):
    response = submit(email="ana@example.org")
    [to_submitter] = [m for m in outbox.messages() if m["to"] == "ana@example.org"]
    link = to_submitter["body"].split("here:\n")[1].split("\n")[0]
    assert (
        link.startswith("http://testserver/feedback/status/") and link.encode() in response.content
    )


def test_a_submitter_without_an_email_is_sent_nothing(submit, outbox):
    submit()
    assert outbox.messages() == []


def test_a_failed_submission_emails_nobody(submit, outbox, make_account):
    make_account("ed", "editor")
    submit(message="")
    assert outbox.messages() == []


def test_announcing_the_same_feedback_twice_queues_each_editor_one_message(
    submit, outbox, make_account
):
    from treatywatch.feedback.notifications import tell_editors

    make_account("ed", "editor")
    submit()
    tell_editors(Feedback.objects.get(), "http://testserver/feedback/1/item/")
    assert [m["to"] for m in outbox.messages()] == ["ed@example.org"]


def test_an_email_that_cannot_be_queued_saves_no_feedback_and_no_file(
    submit, sample, private_dir, monkeypatch
):
    from treatywatch.feedback import notifications

    def broken(*args, **kwargs):
        raise RuntimeError("outbox unavailable")

    monkeypatch.setattr(notifications, "queue_email", broken)
    with pytest.raises(RuntimeError):
        submit(email="ana@example.org", attachments=[sample("pdf")])
    assert not Feedback.objects.exists()
    assert list((private_dir / "attachments").iterdir()) == []
