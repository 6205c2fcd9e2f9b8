"""A change to the record as a feed entry: what changed, for which state, and where to read it."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.urls import reverse
from django.utils.html import format_html, format_html_join

from treatywatch.record.models import Revision

# Many rows change at once when a record is first loaded: list that many, count the rest.
KEYS_LISTED = 50


@dataclass(frozen=True)
class Entry:
    title: str
    path: str
    updated: datetime
    content_html: str
    guid: str


def entry(update: Revision) -> Entry:
    return Entry(
        title=f"{_subject(update)}: {update.summary}",
        path=reverse("site:country", args=[update.state_id.lower()])
        if update.state_id
        else reverse("site:downloads"),
        updated=update.published_at,
        content_html=_content_html(update),
        guid=_guid(update),
    )


def _subject(update: Revision) -> str:
    # Sources and resolutions belong to no state; a removed state keeps its name.
    return update.state_name or "The record"


def _content_html(update: Revision) -> str:
    listed = update.changes[:KEYS_LISTED]
    items = format_html_join(
        "", "<li>{} <code>{}</code> {}</li>", ((c["file"], c["key"], c["change"]) for c in listed)
    )
    more = len(update.changes) - len(listed)
    rest = format_html("<p>… and {} more.</p>", more) if more > 0 else ""
    return format_html("<p>{}</p><ul>{}</ul>{}", update.summary, items, rest)


def _guid(update: Revision) -> str:
    # Stable for this update, and never reused: the time of the load is part of the name.
    return uuid.uuid5(
        uuid.NAMESPACE_URL,
        f"treatywatch:record-update:{update.pk}:{update.published_at.isoformat()}",
    ).urn
