"""Who may open an editorial page: anonymous visitors are sent to log in; people without
the role are refused with 403."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from treatywatch.accounts.roles import has_role


def role_required(role: str):
    def decorator(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_role(request.user, role):
                raise PermissionDenied(f"this page is for the {role} role")
            return view(request, *args, **kwargs)

        return guarded

    return decorator
