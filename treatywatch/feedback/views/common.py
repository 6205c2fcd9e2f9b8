"""What the feedback views share: finding the state a form is about, and refusal pages."""

from django.http import Http404
from django.shortcuts import render

from treatywatch.record.models import State


def state_or_404(iso3: str) -> State:
    try:
        return State.objects.get(iso3=iso3.upper())
    except State.DoesNotExist:
        raise Http404(f"The record holds no state with the code '{iso3}'.") from None


def refused(request, status: int, title: str, message: str):
    return render(
        request, "feedback/refused.html", {"title": title, "message": message}, status=status
    )


def private(response):
    """Headers for a page that must not be cached, indexed or kept by a shared computer."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
