"""Saving a valid feedback form: the row, its files, and the emails, in one transaction."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse

from treatywatch.feedback import notifications, storage, tokens
from treatywatch.feedback.models import Attachment, Feedback


@dataclass
class Links:
    """Turns paths into absolute URLs for the emails (the view knows the host)."""

    absolute: Callable[[str], str]

    def item(self, feedback) -> str:
        return self.absolute(reverse("feedback:item", args=[feedback.pk]))

    def status(self, token: str) -> str:
        return self.absolute(reverse("feedback:status", args=[token]))


def save_feedback(form, state, pending_area, links: Links) -> tuple[Feedback, str | None]:
    """Save the form's feedback with the kept and the new files; return it and its status
    token (None without an email: there is nobody to give the link to)."""
    data = form.cleaned_data
    token = tokens.new_status_token() if data["email"] else None
    written = []
    try:
        with transaction.atomic():
            feedback = Feedback.objects.create(
                state=state,
                section=data["section"],
                message=data["message"],
                name=data["name"].strip(),
                email=data["email"],
                status_token_hash=tokens.hash_status_token(token) if token else None,
            )
            _attach(feedback, pending_area, form.accepted, written)
            _announce(feedback, token, links)
    except BaseException:
        # Nothing was saved: remove the files written for it (a kept file is lost, not leaked).
        for stored_name in written:
            storage.delete_attachment(stored_name)
        raise
    pending_area.discard()
    return feedback, token


def _attach(feedback, pending_area, accepted, written: list) -> None:
    target = storage.attachments_dir()
    for kept in pending_area.files():
        pending_area.move_out(kept, target)
        written.append(kept.stored_name)
        Attachment.objects.create(
            feedback=feedback,
            original_name=kept.original_name,
            stored_name=kept.stored_name,
            content_type=kept.content_type,
            size=kept.size,
        )
    for checked in accepted:
        stored_name = storage.save_upload(checked.upload, target)
        written.append(stored_name)
        Attachment.objects.create(
            feedback=feedback,
            original_name=checked.original_name,
            stored_name=stored_name,
            content_type=checked.kind.content_type,
            size=checked.size,
        )


def _announce(feedback, token, links: Links) -> None:
    notifications.tell_editors(feedback, links.item(feedback))
    if token:
        notifications.send_status_link(feedback, links.status(token))
