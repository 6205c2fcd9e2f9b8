"""`/feedback/<iso3>/?section=…`: the form readers use to write to the editors."""

from datetime import timedelta

from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from treatywatch.accounts.throttle import Throttle, client_address
from treatywatch.feedback import attachments, pending
from treatywatch.feedback.forms import FeedbackForm
from treatywatch.feedback.models import SECTION_CODES
from treatywatch.feedback.pending import PendingArea
from treatywatch.feedback.submission import Links, save_feedback
from treatywatch.feedback.upload_names import UnreadableNames
from treatywatch.feedback.views.common import private, refused, state_or_404

# Every post counts (a failed one may still write files to the pending area, see
# pending.py for how much) ...
ATTEMPTS = Throttle("feedback-post", limit=20, period=timedelta(hours=1))
# ... and at most five messages an hour are saved from one address.
SUBMISSIONS = Throttle("feedback", limit=5, period=timedelta(hours=1))
# The attachments' total plus room for the text fields; a bigger body is not even read.
MAX_REQUEST_BYTES = attachments.MAX_TOTAL_SIZE + 1024 * 1024


@csrf_exempt
def form_page(request, iso3):
    # Exempt here only so the size check comes before anything reads the body (the CSRF
    # middleware would, parsing every uploaded byte); csrf_protect checks the token next.
    if request.method == "POST" and _declared_length(request) > MAX_REQUEST_BYTES:
        return refused(request, 413, "Attachments too large", _too_large_message())
    # Before anything reads the body: a file whose name is not UTF-8 is counted, not lost.
    request.upload_handlers.insert(0, UnreadableNames(request))
    return _checked_form_page(request, iso3)


@csrf_protect
@require_http_methods(["GET", "POST"])
def _checked_form_page(request, iso3):
    state = state_or_404(iso3)
    if request.method == "POST":
        return _submit(request, state)
    section = request.GET.get("section")
    form = FeedbackForm(initial={"section": section if section in SECTION_CODES else "general"})
    return _form(request, state, form)


def _submit(request, state):
    if not ATTEMPTS.allow(client_address(request)):
        return refused(request, 429, "Too many attempts", _too_many_message(ATTEMPTS))
    pending.remove_expired()
    area = PendingArea.from_token(request.POST.get("pending"), client_address(request))
    area.remove(request.POST.getlist("remove"))
    form = FeedbackForm(
        request.POST,
        request.FILES,
        already_attached=area.files(),
        unreadable_names=getattr(request, "unreadable_file_names", 0),
    )
    if form.is_from_a_robot:
        # Pretend it worked: a robot told "refused" would simply try again differently.
        area.discard()
        return private(render(request, "feedback/thanks.html", {"state": state}))
    if not form.is_valid():
        return _keep_and_show_again(request, state, form, area)
    if not SUBMISSIONS.allow(client_address(request)):
        return _keep_and_show_again(
            request, state, form, area, status=429, problem=_too_many_message(SUBMISSIONS)
        )
    return _save_and_thank(request, state, form, area)


def _save_and_thank(request, state, form, area):
    links = Links(request.build_absolute_uri)
    feedback, token = save_feedback(form, state, area, links)
    context = {
        "state": state,
        "feedback": feedback,
        "status_url": links.status(token) if token else None,
    }
    return private(render(request, "feedback/thanks.html", context))


def _keep_and_show_again(request, state, form, area, status=200, problem=None):
    """Show the form again with what was typed, keeping the files that were accepted."""
    not_kept = area.keep(form.accepted)
    if not_kept:
        problem = " ".join(filter(None, [problem, _not_kept_message(not_kept)]))
    return _form(request, state, form, area, status, problem)


def _form(request, state, form, area=None, status=200, problem=None):
    kept = area.files() if area else []
    context = {
        "state": state,
        "form": form,
        "kept": kept,
        "pending_token": area.token if kept else "",
        "problem": problem,
        "limits": _limits(),
    }
    return private(render(request, "feedback/form.html", context, status=status))


def _limits() -> dict:
    return {
        "files": attachments.MAX_FILES,
        "file_mb": attachments.MAX_FILE_SIZE // 2**20,
        "total_mb": attachments.MAX_TOTAL_SIZE // 2**20,
        "kinds": attachments.accepted_kinds(),
    }


def _declared_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _too_many_message(throttle) -> str:
    if throttle is SUBMISSIONS:
        return (
            f"You have sent {throttle.limit} messages in the last hour, the most we accept from one address. "
            "Please send this one again in an hour; what you wrote is kept below."
        )
    return f"There have been {throttle.limit} attempts to send feedback from your address in the last hour. Please try again in an hour."


def _not_kept_message(names: list[str]) -> str:
    return (
        f"{', '.join(names)} could not be kept while you correct the form: too many files are "
        "waiting on the server just now. Please attach "
        f"{'it' if len(names) == 1 else 'them'} again when you send."
    )


def _too_large_message() -> str:
    limits = _limits()
    return (
        f"The files you chose are too large together: at most {limits['total_mb']} MB in all, "
        f"{limits['file_mb']} MB each. Go back, remove some, and send again."
    )
