"""`/feedback/status/<token>/`: the submitter's private view of where their message stands.

It shows the status and dates only: not the message, not who handled it. The link is the
only key, so the page is never cached or indexed."""

from django.shortcuts import render

from treatywatch.feedback.models import Feedback
from treatywatch.feedback.tokens import hash_status_token
from treatywatch.feedback.views.common import private
from treatywatch.site.views.errors import error_page


def status_page(request, token):
    feedback = (
        Feedback.objects.select_related("state")
        .filter(status_token_hash=hash_status_token(token))
        .first()
    )
    if feedback is None:
        message = (
            "This status link is not valid. Check that the whole link from the email was copied."
        )
        return private(error_page(request, 404, "Not found", message))
    return private(render(request, "feedback/status.html", {"feedback": feedback}))
