"""Emails about feedback, queued in the outbox inside the caller's transaction: a message
that is not saved is never announced.

The emails carry links, not the message: what a reader wrote stays behind the editors' login.
"""

from django.contrib.auth import get_user_model

from treatywatch.alerts.outbox import queue_email

EDITOR_ROLES = ("editor", "admin")


def editor_addresses() -> list[tuple[int, str]]:
    """(user id, address) of every active editor and admin who has an email address."""
    users = (
        get_user_model()
        .objects.filter(is_active=True, account__role__in=EDITOR_ROLES)
        .exclude(email="")
    )
    return list(users.order_by("pk").values_list("pk", "email"))


def tell_editors(feedback, item_url: str) -> None:
    subject = f"New feedback on {feedback.state.name}: {feedback.get_section_display()}"
    body = (
        f"A reader sent feedback about the {feedback.get_section_display()} section of the "
        f"{feedback.state.name} profile.\n\n"
        f"Read it, and mark it acknowledged or resolved, here (editors only):\n{item_url}\n"
    )
    for user_id, address in editor_addresses():
        # One message per feedback and editor, even if this is ever called twice.
        queue_email(address, subject, body, dedupe_key=f"feedback:{feedback.pk}:editor:{user_id}")


def send_status_link(feedback, status_url: str) -> None:
    body = (
        f"Thank you for your feedback about the {feedback.state.name} profile on TreatyWatch.\n\n"
        f"Follow what the editors do with it here:\n{status_url}\n\n"
        "The page shows its status and dates, not your message. Keep the link to yourself: "
        "anyone who has it can see that status.\n"
    )
    queue_email(
        feedback.email,
        "Your feedback to TreatyWatch",
        body,
        dedupe_key=f"feedback:{feedback.pk}:submitter",
    )
