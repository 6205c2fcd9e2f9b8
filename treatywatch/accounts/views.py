from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import render


class LoginView(auth_views.LoginView):
    # Throttled with every other login view by django-axes (settings.py), not here.
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    template_name = "accounts/logged_out.html"


def locked_out(request, original_response=None, credentials=None):
    """The answer django-axes gives a locked-out address, on whichever login view it used."""
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    response = render(
        request, "accounts/too_many_attempts.html", {"minutes": seconds // 60}, status=429
    )
    response["Retry-After"] = str(seconds)
    return response
