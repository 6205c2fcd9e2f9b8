"""The sitemap (sitemaps.org protocol 0.9): every page, with the date its record last changed."""

from datetime import datetime
from xml.etree import ElementTree

from django.db.models import Max
from django.urls import reverse

from treatywatch.record.models import Revision
from treatywatch.site.publishing.addresses import page_paths

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def sitemap_entries() -> list[tuple[str, datetime | None]]:
    """(root-relative path, last change) of every page. A profile changes with its own state's
    record; the other pages show every state, so they change with any update."""
    latest = Revision.objects.aggregate(latest=Max("published_at"))["latest"]
    profiles = {
        reverse("site:country", args=[iso3.lower()]): changed for iso3, changed in _state_changes()
    }
    return [(path, profiles.get(path, latest)) for path in page_paths()]


def _state_changes():
    by_state = (
        Revision.objects.filter(state__isnull=False)
        .values("state_id")
        .annotate(latest=Max("published_at"))
    )
    return by_state.values_list("state_id", "latest")


def sitemap_xml(entries: list[tuple[str, datetime | None]]) -> bytes:
    """The document; the locations must be absolute addresses."""
    urlset = ElementTree.Element("urlset", xmlns=NAMESPACE)
    for location, changed in entries:
        url = ElementTree.SubElement(urlset, "url")
        ElementTree.SubElement(url, "loc").text = location
        if changed:
            ElementTree.SubElement(url, "lastmod").text = changed.date().isoformat()
    return ElementTree.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"
