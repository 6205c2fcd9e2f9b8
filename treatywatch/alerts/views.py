"""The pages of alerts: subscribe, confirm, unsubscribe. Every answer to a subscription is
the same "check your inbox", so the pages never tell who is subscribed."""

from datetime import timedelta

from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from treatywatch.accounts.throttle import Throttle, client_address
from treatywatch.alerts import subscribing
from treatywatch.alerts.forms import SubscribeForm
from treatywatch.alerts.tokens import BadToken, subscription_to_cancel, subscription_to_confirm

SUBSCRIBE_THROTTLE = Throttle("subscribe", limit=5, period=timedelta(hours=1))


@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        form = SubscribeForm(initial={"state": request.GET.get("state", "all").lower()})
        return render(request, "alerts/subscribe.html", {"form": form})
    if not SUBSCRIBE_THROTTLE.allow(client_address(request)):
        return _too_many(request)
    form = SubscribeForm(request.POST)
    if form.is_robot:
        return redirect("alerts:check-inbox")  # pretend it worked: a robot learns nothing
    if not form.is_valid():
        return render(request, "alerts/subscribe.html", {"form": form}, status=400)
    subscribing.subscribe(form.cleaned_data["email"], form.cleaned_data["state"])
    return redirect("alerts:check-inbox")


@require_GET
def check_inbox(request):
    return render(request, "alerts/check_inbox.html")


@require_GET
def confirm(request, token):
    try:
        subscription = subscribing.confirm(subscription_to_confirm(token))
    except BadToken as problem:
        return _bad_link(request, problem)
    return render(request, "alerts/confirmed.html", {"subscription": subscription})


# Mail clients send RFC 8058's one-click POST without a CSRF token; the signed token in the
# address is what proves the request may cancel this subscription. GET changes nothing,
# because mail scanners open every link they find.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscription = subscription_to_cancel(token)
    except BadToken as problem:
        return _bad_link(request, problem)
    if request.method == "GET":
        return render(request, "alerts/unsubscribe.html", {"subscription": subscription})
    subscribing.unsubscribe(subscription)
    return render(request, "alerts/unsubscribed.html", {"subscription": subscription})


def _too_many(request):
    response = render(
        request,
        "alerts/too_many.html",
        {"minutes": SUBSCRIBE_THROTTLE.retry_after_seconds // 60},
        status=429,
    )
    response["Retry-After"] = str(SUBSCRIBE_THROTTLE.retry_after_seconds)
    return response


def _bad_link(request, problem: BadToken):
    return render(request, "alerts/bad_link.html", {"message": str(problem)}, status=400)
