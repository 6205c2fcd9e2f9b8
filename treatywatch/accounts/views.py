from datetime import timedelta

from django.contrib.auth import views as auth_views
from django.shortcuts import render

from treatywatch.accounts.throttle import Throttle, client_address

# Ten tries per address and name in fifteen minutes: enough for typos, useless for guessing.
LOGIN_THROTTLE = Throttle("login", limit=10, period=timedelta(minutes=15))


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        who = (client_address(request), request.POST.get("username", "")[:150].lower())
        if not LOGIN_THROTTLE.allow(*who):
            return render(request, "accounts/too_many_attempts.html", {"minutes": 15}, status=429)
        response = super().post(request, *args, **kwargs)
        if request.user.is_authenticated:
            LOGIN_THROTTLE.forget(*who)
        return response


class LogoutView(auth_views.LogoutView):
    template_name = "accounts/logged_out.html"
