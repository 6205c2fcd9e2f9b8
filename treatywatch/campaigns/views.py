"""`/campaigns/`: the campaigns and their asks, each ask's status on `request.as_of` with the
facts that decided it and its history as a timeline."""

from collections import Counter

from django.shortcuts import get_object_or_404, render

from treatywatch.campaigns.alerting import STATUS_WORDS
from treatywatch.campaigns.timeline import WIDTH, spans
from treatywatch.campaigns.tracking import tracked_asks
from treatywatch.record.models import Campaign
from treatywatch.site.serving.page_cache import cached_page
from treatywatch.treaties.asks import CRITERION_WORDS, STATUSES


def index(request):
    def html():
        campaigns = Campaign.objects.select_related("publication").prefetch_related("asks")
        return render(request, "campaigns/index.html", {"campaigns": campaigns}).content.decode()

    return cached_page(request, html)


def detail(request, campaign_id: str):
    campaign = get_object_or_404(Campaign.objects.select_related("publication"), id=campaign_id)

    def html():
        return render(
            request, "campaigns/detail.html", _context(campaign, request.as_of)
        ).content.decode()

    return cached_page(request, html)


def _context(campaign, as_of) -> dict:
    asked = as_of >= campaign.asked_on
    rows = (
        [_row(tracked, campaign, as_of) for tracked in tracked_asks(campaign, as_of)]
        if asked
        else []
    )
    return {
        "campaign": campaign,
        "asked": asked,
        "rows": rows,
        "width": WIDTH,
        "counts": _counts(rows),
    }


def _row(tracked, campaign, as_of) -> dict:
    current = tracked.current
    return {
        "ask": tracked.ask,
        "status": tracked.status,
        "status_words": STATUS_WORDS[tracked.status],
        "criterion_words": CRITERION_WORDS[tracked.ask.criterion],
        "since": current.day if current else None,
        "reasons": current.judgement.reasons if current else (),
        "steps": [(step.day, STATUS_WORDS[step.status]) for step in tracked.history],
        "spans": spans(tracked.history, campaign.asked_on, as_of),
    }


def _counts(rows) -> list[tuple[str, int]]:
    """How many asks stand at each status, in the order of STATUSES."""
    counted = Counter(row["status"] for row in rows)
    return [(STATUS_WORDS[status], counted[status]) for status in STATUSES if counted[status]]
