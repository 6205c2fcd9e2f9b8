"""/find/?q= : the header's box. A name, another name or a code that points at one state
goes straight to its profile (keeping ?as_of=); anything else lists the states it might mean."""

from django.shortcuts import redirect, render
from django.urls import reverse

from treatywatch.profiles.aliases import aliases
from treatywatch.record.models import State
from treatywatch.site.queries.state_finder import MAX_LENGTH, find_state


def page(request):
    text = request.GET.get("q", "")
    context = {"q": text, "max_length": MAX_LENGTH, "suggestions": ()}
    if not text.strip():
        return _refused(request, context, "Type a country's name or its three-letter code.")
    if len(text) > MAX_LENGTH:
        return _refused(
            request, context, f"That is {len(text)} characters; a name fits in {MAX_LENGTH}."
        )
    names = dict(State.objects.values_list("iso3", "name"))
    finding = find_state(text, names, aliases())
    suffix = _as_of_suffix(request)
    if finding.found:
        return redirect(reverse("site:country", args=[finding.found.lower()]) + suffix)
    context["suggestions"] = [
        {
            "name": s.name,
            "matched": s.matched,
            "url": reverse("site:country", args=[s.iso3.lower()]) + suffix,
        }
        for s in finding.suggestions
    ]
    return render(request, "site/find.html", context)


def _as_of_suffix(request) -> str:
    # The middleware has checked the date (a malformed one is a 400 before this).
    asked = request.GET.get("as_of", "").strip()
    return f"?as_of={request.as_of.isoformat()}" if asked else ""


def _refused(request, context, message):
    return render(request, "site/find.html", {**context, "error": message}, status=400)
