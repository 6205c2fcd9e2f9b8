"""`/check/`: paste or upload a text, see its claims judged; download the report as JSON or
ClaimReview JSON-LD; or ask for a shareable link, the only case in which anything is stored.
A plain form (no script needed); nothing of it is cached, indexed or logged."""

import json
from datetime import timedelta

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from treatywatch.accounts.throttle import Throttle, client_address
from treatywatch.claims.checking import checked_report
from treatywatch.claims.documents import MAX_FILE_BYTES
from treatywatch.claims.forms import CheckForm
from treatywatch.claims.highlighting import pieces
from treatywatch.claims.links import citations
from treatywatch.claims.models import SharedCheck
from treatywatch.claims.rendering import as_claimreview

CHECKS = Throttle("check", limit=120, period=timedelta(hours=1))
# The largest file plus room for the text fields; a bigger body is not even read.
MAX_REQUEST_BYTES = MAX_FILE_BYTES + 2 * 2**20
DOWNLOADS = {
    "json": ("report.json", "application/json", lambda report: report),
    "claimreview": ("claimreview.jsonld", "application/ld+json", as_claimreview),
}


@csrf_exempt
def check_page(request):
    # Exempt here only so the size check comes before anything reads the body (the CSRF
    # middleware would); csrf_protect checks the token next.
    if request.method == "POST" and _declared_length(request) > MAX_REQUEST_BYTES:
        return _page(request, CheckForm(), status=413, problem=_too_large())
    return _checked_page(request)


@csrf_protect
@sensitive_post_parameters("text", "file")
@require_http_methods(["GET", "POST"])
def _checked_page(request):
    if request.method == "GET":
        return _page(request, CheckForm())
    if not CHECKS.allow(client_address(request)):
        kept = CheckForm(initial=request.POST.dict())
        return _page(request, kept, status=429, problem=_too_many())
    form = CheckForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, form, status=form.status)
    return _answer(request, form.cleaned_data)


def _answer(request, data: dict):
    """The report as a page, a download, or a stored shared check (only when asked)."""
    text = data["checked_text"]
    report = checked_report(
        text, as_of=data["as_of"], today=data["today"], appeared_at=data["appeared_at"]
    )
    action = request.POST.get("action", "check")
    if action in DOWNLOADS:
        return _download(report, action)
    if action == "share":
        return redirect(SharedCheck.objects.create(text=text, report=report))
    # The text checked, uploaded or pasted, stays in the box to be edited and checked again.
    form = CheckForm(initial={**request.POST.dict(), "text": text})
    return _page(request, form, _shown(text, report))


@require_GET
def shared_page(request, token):
    shared = get_object_or_404(SharedCheck, token=token)
    context = {**_shown(shared.text, shared.report), "shared": shared}
    return _private(render(request, "claims/shared.html", context))


@require_GET
def shared_download(request, token, format):
    shared = get_object_or_404(SharedCheck, token=token)
    return _download(shared.report, format)


def _shown(text: str, report: dict) -> dict:
    cited = citations(
        source
        for claim in report["claims"]
        for source in claim["on_document_date"]["sources"] + claim["today"]["sources"]
    )
    return {
        "report": report,
        "pieces": pieces(text, report["claims"]),
        "rows": [_row(n, claim, cited) for n, claim in enumerate(report["claims"], 1)],
    }


def _row(number: int, claim: dict, cited: dict[str, dict]) -> dict:
    then, now = claim["on_document_date"], claim["today"]
    return {
        "number": number,
        "claim": claim,
        "then": then,
        "now": now,
        "citations": [cited[s] for s in dict.fromkeys(then["sources"] + now["sources"])],
    }


def _download(report: dict, format: str) -> HttpResponse:
    name, content_type, shape = DOWNLOADS[format]
    response = HttpResponse(json.dumps(shape(report), indent=2), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return _private(response)


def _page(request, form, shown=None, status=200, problem=""):
    context = {"form": form, **(shown or {}), "problem": problem}
    return _private(render(request, "claims/check.html", context, status=status))


def _private(response):
    """Never cached, kept or indexed: a draft is confidential, a shared check unlisted."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _declared_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _too_large() -> str:
    return f"The file is too large: at most {MAX_FILE_BYTES // 2**20} MB. Check the part that matters, or paste its text."


def _too_many() -> str:
    return f"{CHECKS.limit} checks have been made from your address in the last hour, the most we take. Please try again in an hour."
