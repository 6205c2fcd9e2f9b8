"""Who may see feedback: editors and admins, nobody else."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login

from treatywatch.accounts.roles import has_role
from treatywatch.site.views.errors import error_page


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
    return error_page(request, 403, "Editors only", message)
