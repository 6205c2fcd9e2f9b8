"""The adapter's side of the evidence: the address of the page a finding names (page_ref.py),
read from the site's routes, and the citation of each source it gives."""

from django.urls import reverse

from treatywatch.record.models import Source

_ROUTES = {
    "treaty": lambda key: reverse("site:treaty", args=[key]),
    # As State.get_absolute_url gives it, without a query for the state.
    "state": lambda key: reverse("site:country", args=[key.lower()]),
}
# What a count cites: the record's table of treaty actions, as the downloads page offers it.
TABLE_SOURCES = {"treaty_actions": "treaty_actions.csv"}


def page_address(ref: dict | None) -> str:
    """`/treaties/mbt/?as_of=2009-11-30` for a reference to the treaty page on that date."""
    if not ref:
        return ""
    return f"{_ROUTES[ref['page']](ref['key'])}?as_of={ref['as_of']}"


def with_addresses(report: dict) -> dict:
    """The report with each finding's page reference replaced by its address."""
    for claim in report["claims"]:
        for finding in (claim["on_document_date"], claim["today"]):
            finding["link"] = page_address(finding["link"])
    return report


def citations(source_ids) -> dict[str, dict]:
    """Each source as the page cites it (words, and a link to its entry or its address), by
    id: one query for a whole report."""
    ids = list(dict.fromkeys(source_ids))
    known = Source.objects.in_bulk(ids)
    return {source_id: _citation(source_id, known.get(source_id)) for source_id in ids}


def _citation(source_id: str, source: Source | None) -> dict:
    if source is not None:
        return {"text": _words(source), "href": source.get_absolute_url(), "url": source.url}
    if source_id in TABLE_SOURCES:
        name = TABLE_SOURCES[source_id]
        href = reverse("site:download-file", args=[name])
        return {"text": f"the record's treaty actions ({name})", "href": href, "url": ""}
    if source_id.startswith(("https://", "http://")):
        return {"text": source_id, "href": source_id, "url": source_id}
    return {"text": source_id, "href": "", "url": ""}


def _words(source: Source) -> str:
    return ", ".join(part for part in (source.title, source.publisher, source.published) if part)
