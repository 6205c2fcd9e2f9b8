"""What is searchable, and where each result leads: wherever the record's model says it
lives (get_absolute_url): a state to its profile, an event to its place in the profile, a
source to its entry on the downloads page."""

from collections.abc import Iterator
from datetime import date

from django.urls import reverse

from treatywatch.record import models as record
from treatywatch.reports.years import report_years
from treatywatch.search.hits import MATCH_END, MATCH_START
from treatywatch.search.models import Document


def record_documents() -> Iterator[Document]:
    names = dict(record.State.objects.values_list("iso3", "name"))
    yield from (_state_document(state) for state in record.State.objects.all())
    yield from (
        _event_document(event, names[event.state_id]) for event in record.Event.objects.all()
    )
    yield from (_source_document(source) for source in record.Source.objects.all())
    yield from (_report_document(year) for year in report_years(date.today()))
    yield from (_publication_document(p) for p in record.Publication.objects.all())
    yield from (_campaign_document(c) for c in record.Campaign.objects.prefetch_related("asks"))


def _state_document(state: record.State) -> Document:
    membership = (
        f"UN member since {state.un_member_since}"
        if state.un_member_since
        else state.get_un_status_display()
    )
    body = f"{state.name} ({state.iso3}), {state.un_subregion}, {state.un_region}; {membership}"
    return _document("state", state.name, body, state.get_absolute_url(), state=state.iso3)


def _event_document(event: record.Event, state_name: str) -> Document:
    title = f"{state_name}, {event.date}: {event.get_category_display()}"
    return _document(
        "event",
        title,
        event.text,
        event.get_absolute_url(),
        state=event.state_id,
        section=event.category,
        year=event.date_start.year,
    )


def _source_document(source: record.Source) -> Document:
    body = " · ".join(
        part for part in (source.author, source.publisher, source.published, source.notes) if part
    )
    year = source.published[:4]
    return _document(
        "source",
        source.title,
        body,
        source.get_absolute_url(),
        year=int(year) if year.isdigit() else None,
    )


def _report_document(year: int) -> Document:
    body = (
        f"The year {year} under the Mine Ban Treaty and the Convention on Cluster Munitions: "
        "who signed, joined or withdrew, the UN General Assembly vote, use, production, "
        "transfer, stockpile destruction, clearance, extensions granted, casualties."
    )
    address = reverse("reports:page", args=[year])
    return _document("report", f"Annual report {year}", body, address, year=year)


def _publication_document(publication: record.Publication) -> Document:
    body = f"{publication.authors} · {publication.date} · {publication.summary}"
    return _document(
        "publication",
        publication.title,
        body,
        publication.get_absolute_url(),
        year=publication.date.year,
    )


def _campaign_document(campaign: record.Campaign) -> Document:
    asks = "; ".join(ask.ask for ask in campaign.asks.all())
    body = f"{campaign.asked_by} to {campaign.asked_of}, {campaign.asked_on}: {asks}"
    address = campaign.get_absolute_url()
    return _document("campaign", campaign.title, body, address, year=campaign.asked_on.year)


def _document(kind: str, title: str, body: str, url: str, **filtered_by) -> Document:
    return Document(kind=kind, title=_plain(title), body=_plain(body), url=url, **filtered_by)


def _plain(text: str) -> str:
    # The match markers must only ever come from the database's highlighting.
    return text.replace(MATCH_START, "").replace(MATCH_END, "").replace("\x00", "")
