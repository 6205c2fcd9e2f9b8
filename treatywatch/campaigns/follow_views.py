"""Following a campaign: the form posts here; confirmation and unsubscribe links come back.
The pages are the campaign's; what they do is the alerts app's (subscribing.py, tokens.py)."""

from datetime import timedelta

from django import forms
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from treatywatch.accounts.throttle import Throttle, client_address
from treatywatch.alerts import subscribing
from treatywatch.alerts.tokens import BadToken, subscription_to_cancel, subscription_to_confirm
from treatywatch.record.models import Campaign

FOLLOW_THROTTLE = Throttle("follow-campaign", limit=5, period=timedelta(hours=1))


class FollowForm(forms.Form):
    email = forms.EmailField(max_length=254)


# The form has a page of its own: the campaign page is cached and shared, so it carries no
# form token.
@require_http_methods(["GET", "POST"])
def follow(request, campaign_id: str):
    campaign = get_object_or_404(Campaign, id=campaign_id)
    if request.method == "GET":
        return render(request, "campaigns/follow.html", {"campaign": campaign})
    if not FOLLOW_THROTTLE.allow(client_address(request)):
        return _page(request, "Too many requests from your address: try again in an hour.", 429)
    form = FollowForm(request.POST)
    if not form.is_valid():
        return _page(request, "Give a valid email address to follow this campaign.", 400)
    subscribing.subscribe(form.cleaned_data["email"], campaign=campaign)
    return _page(request, "Check your inbox: open the link in our email to confirm.", 200)


@require_GET
def confirm(request, token: str):
    try:
        subscription = subscribing.confirm(_of_a_campaign(subscription_to_confirm(token)))
    except BadToken as problem:
        return _page(request, str(problem), 400)
    return _page(
        request,
        f"Confirmed: you will hear when an ask of {subscription.campaign.title} changes status.",
        200,
    )


# A mail client's one-click POST carries no CSRF token; the signed link is the proof. GET
# changes nothing, because mail scanners open every link.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    try:
        subscription = _of_a_campaign(subscription_to_cancel(token))
    except BadToken as problem:
        return _page(request, str(problem), 400)
    if request.method == "GET":
        return render(request, "campaigns/unfollow.html", {"subscription": subscription})
    subscribing.unsubscribe(subscription)
    return _page(request, f"You no longer follow {subscription.campaign.title}.", 200)


def _of_a_campaign(subscription):
    # A profile's links lead to /alerts/; here there would be no campaign to name.
    if subscription.campaign_id is None:
        raise BadToken("This link is not for a campaign: use the whole link from the email.")
    return subscription


def _page(request, message: str, status: int):
    return render(request, "campaigns/message.html", {"message": message}, status=status)
