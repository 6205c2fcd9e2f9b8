"""A change to the record as a feed entry: what changed, for which state, and where to read it.

One publication (a load, an approved proposal) writes one revision per state it touches, all
at the same instant: the site-wide feed shows it as one entry naming the states, so a load of
the whole record is one entry, not two hundred; a state's own feed shows its revision.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from treatywatch.record.models import Revision

# Many rows change at once when a record is first loaded: list that many, count the rest.
KEYS_LISTED = 50
STATES_NAMED_IN_TITLE = 3


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
        path=_path(update),
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
    rest = _and_more(len(update.changes) - len(listed))
    return format_html("<p>{}</p><ul>{}</ul>{}", update.summary, items, rest)


def _and_more(more: int) -> str:
    """What a cut list leaves out, counted."""
    return format_html("<p>… and {} more.</p>", more) if more > 0 else ""


def _guid(update: Revision) -> str:
    # Stable for this update, and never reused: the time of the load is part of the name.
    return uuid.uuid5(
        uuid.NAMESPACE_URL,
        f"treatywatch:record-update:{update.pk}:{update.published_at.isoformat()}",
    ).urn


def publication_entries(revisions: QuerySet, count: int) -> list[Entry]:
    """The `count` latest publications among `revisions`, newest first, one entry each."""
    instants = list(
        revisions.order_by("-published_at").values_list("published_at", flat=True).distinct()
    )[:count]
    if not instants:
        return []
    # The rows' changes are read only for the publications shown row by row.
    listed = revisions.filter(published_at__gte=instants[-1]).defer("changes")
    grouped = [list(group) for _, group in groupby(listed, key=lambda r: r.published_at)]
    whole = Revision.objects.in_bulk([group[0].pk for group in grouped if len(group) == 1])
    return [entry(whole[g[0].pk]) if len(g) == 1 else _publication_entry(g) for g in grouped]


def _publication_entry(group: list[Revision]) -> Entry:
    return Entry(
        title=_publication_title(group),
        path=reverse("site:downloads"),
        updated=group[0].published_at,
        content_html=_publication_html(group),
        guid=_guid(min(group, key=lambda revision: revision.pk)),
    )


def _publication_title(group: list[Revision]) -> str:
    """ "197 profiles and the shared rows changed: Afghanistan, Albania, Algeria and 194 more"."""
    names = sorted(revision.state_name for revision in group if revision.state_name)
    shared = " and the shared rows" if len(names) < len(group) else ""
    shown = ", ".join(names[:STATES_NAMED_IN_TITLE])
    more = len(names) - STATES_NAMED_IN_TITLE
    listing = f"{shown} and {more} more" if more > 0 else shown
    return f"{len(names)} profile{'s' if len(names) != 1 else ''}{shared} changed: {listing}"


def _publication_html(group: list[Revision]) -> str:
    ordered = sorted(group, key=lambda revision: revision.state_name)
    listed = ordered[:KEYS_LISTED]
    items = format_html_join(
        "",
        '<li><a href="{}">{}</a>: {}</li>',
        ((_path(r), _subject(r), r.summary) for r in listed),
    )
    rest = _and_more(len(ordered) - len(listed))
    why = format_html("<p>{}</p>", group[0].comment) if group[0].comment else ""
    return format_html("{}<ul>{}</ul>{}", why, items, rest)


def _path(update: Revision) -> str:
    if update.state_id:
        return reverse("site:country", args=[update.state_id.lower()])
    return reverse("site:downloads")
