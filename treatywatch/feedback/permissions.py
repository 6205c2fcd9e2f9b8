"""Who may see feedback: editors and admins, nobody else."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render

from treatywatch.accounts.roles import has_role


def editor_required(view):
    """Anonymous visitors are sent to log in; a logged-in non-editor gets a 403 page."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_role(request.user, "editor"):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return checked


def forbidden(request):
    message = "Only editors may see feedback from readers. Log in with an editor's account, or ask an admin for one."
    context = {"status": 403, "title": "Editors only", "message": message}
    return render(request, "site/errors/error.html", context, status=403)
