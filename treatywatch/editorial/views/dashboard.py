from django.shortcuts import render

from treatywatch.accounts.permissions import role_required
from treatywatch.accounts.roles import has_role
from treatywatch.editorial.changes import SPECS
from treatywatch.editorial.models import Proposal


@role_required("researcher")
def page(request):
    editor = has_role(request.user, "editor")
    context = {
        "editor": editor,
        "queue": Proposal.objects.filter(status=Proposal.PENDING)
        .select_related("author")
        .order_by("created_at")
        if editor
        else [],
        "reviewed": Proposal.objects.exclude(status=Proposal.PENDING)
        .select_related("author", "reviewer")
        .order_by("-reviewed_at")[:20]
        if editor
        else [],
        "mine": Proposal.objects.filter(author=request.user).select_related("reviewer")[:50],
        "files": list(SPECS),
    }
    return render(request, "editorial/dashboard.html", context)
