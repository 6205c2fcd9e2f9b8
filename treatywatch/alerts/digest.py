"""The alert one subscriber gets for one publication: plain text, one entry per changed
profile, each with its summary and link, and the way out at the bottom."""

from dataclasses import dataclass
from datetime import UTC, datetime

from treatywatch.alerts.links import profile_url, unsubscribe_url
from treatywatch.alerts.models import Subscription

# A first load changes every profile; an email listing two hundred is read by nobody.
ENTRIES_LISTED = 100
SHARED_RECORDS = "Sources and resolutions"


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str


def digest(subscription: Subscription, updates: list) -> Letter:
    """`updates`: the Revision rows of one publication that this subscription follows."""
    entries = sorted(updates, key=lambda u: (u.state_id is None, u.state_name, u.pk))
    return Letter(subject=f"TreatyWatch: {_headline(entries)}", body=_body(subscription, entries))


def _headline(entries: list) -> str:
    profiles = [u for u in entries if u.state_id]
    if len(entries) == 1 and profiles:
        return f"{profiles[0].state_name} profile updated"
    if len(profiles) == len(entries):
        return f"{len(profiles)} profiles updated"
    return (
        "the record was updated"
        if len(entries) == 1
        else f"{len(entries)} parts of the record updated"
    )


def _body(subscription: Subscription, entries: list) -> str:
    published = _when(entries[0].published_at)
    lines = [f"TreatyWatch published changes on {published}.", ""]
    for update in entries[:ENTRIES_LISTED]:
        lines += _entry(update)
    if len(entries) > ENTRIES_LISTED:
        lines += [f"… and {len(entries) - ENTRIES_LISTED} more: see {profile_url(None)}", ""]
    return "\n".join(lines + _footer(subscription))


def _when(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return f"{moment.day} {moment:%B %Y at %H:%M} UTC"


def _entry(update) -> list[str]:
    # A removed state keeps its name but has no profile any more: like sources, it links to the data.
    title = update.state_name or SHARED_RECORDS
    why = [f"  Why: {update.comment}"] if update.comment else []
    return [title, f"  {update.summary}", *why, f"  {profile_url(update.state_id)}", ""]


def _footer(subscription: Subscription) -> list[str]:
    return [
        "--",
        f"You get this email because you asked TreatyWatch to tell you of {subscription.followed}.",
        f"To stop these emails, open this link and press the button: {unsubscribe_url(subscription)}",
        "",
    ]
