"""GET /campaigns and /campaigns/{id}?as_of=: each ask's status on a day, with its history
and the facts that decided it."""

from datetime import date

from ninja import Router, Schema
from pydantic import Field

from treatywatch.api.errors import ERROR_RESPONSES, NotFound
from treatywatch.api.params import AsOf, SourceId
from treatywatch.campaigns.tracking import tracked_asks
from treatywatch.record.models import Campaign

router = Router(tags=["campaigns"])


class ReasonOut(Schema):
    date: str | None
    text: str
    source_id: str | None
    event_id: str | None


class StepOut(Schema):
    date: str = Field(description="the day the ask came to stand at this status")
    status: str = Field(description="met, partly_met, not_met, reversed or unknown")
    decided_by: list[ReasonOut]


class AskOut(Schema):
    number: int
    iso3: str
    ask: str
    criterion: str
    treaty: str | None
    source_id: str
    status: str = Field(description="on as_of; not_yet_asked before the campaign's date")
    history: list[StepOut]


class CampaignOut(Schema):
    id: str
    title: str
    publication_id: str
    asked_by: str
    asked_of: str
    asked_on: str
    source_id: str
    as_of: str
    asks: list[AskOut]


def _reason(reason) -> dict:
    return {
        "date": reason.day.isoformat() if reason.day else None,
        "text": reason.text,
        "source_id": reason.source_id or None,
        "event_id": reason.event_id or None,
    }


def _step(step) -> dict:
    reasons = [_reason(r) for r in step.judgement.reasons]
    return {"date": step.day.isoformat(), "status": step.status, "decided_by": reasons}


def _ask(tracked) -> dict:
    ask = tracked.ask
    return {
        "number": ask.number,
        "iso3": ask.state_id,
        "ask": ask.ask,
        "criterion": ask.criterion,
        "treaty": ask.treaty or None,
        "source_id": ask.source_id,
        "status": tracked.status,
        "history": [_step(step) for step in tracked.history],
    }


def _out(campaign: Campaign, as_of: date) -> dict:
    return {
        "id": campaign.id,
        "title": campaign.title,
        "publication_id": campaign.publication_id,
        "asked_by": campaign.asked_by,
        "asked_of": campaign.asked_of,
        "asked_on": campaign.asked_on.isoformat(),
        "source_id": campaign.source_id,
        "as_of": as_of.isoformat(),
        "asks": [_ask(tracked) for tracked in tracked_asks(campaign, as_of)],
    }


@router.get("/campaigns", response={200: list[CampaignOut], **ERROR_RESPONSES})
def list_campaigns(request, as_of: AsOf = None):
    """Every campaign with its asks' status on `as_of` (default today)."""
    as_of = as_of or date.today()
    return [_out(campaign, as_of) for campaign in Campaign.objects.all()]


@router.get("/campaigns/{campaign_id}", response={200: CampaignOut, **ERROR_RESPONSES})
def get_campaign(request, campaign_id: SourceId, as_of: AsOf = None):
    campaign = Campaign.objects.filter(id=campaign_id).first()
    if campaign is None:
        raise NotFound(
            f"campaign_id: there is no campaign '{campaign_id}' (GET /api/v1/campaigns lists them)",
            "campaign_id",
        )
    return _out(campaign, as_of or date.today())
