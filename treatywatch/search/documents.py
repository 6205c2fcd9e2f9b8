"""What is searchable, and where each result leads: wherever the record's model says it
lives (get_absolute_url): a state to its profile, an event to its place in the profile, a
source to its entry on the downloads page."""

from collections.abc import Iterator

from treatywatch.record import models as record
from treatywatch.search.hits import MATCH_END, MATCH_START
from treatywatch.search.models import Document


def record_documents() -> Iterator[Document]:
    names = dict(record.State.objects.values_list("iso3", "name"))
    yield from (_state_document(state) for state in record.State.objects.all())
    yield from (
        _event_document(event, names[event.state_id]) for event in record.Event.objects.all()
    )
    yield from (_source_document(source) for source in record.Source.objects.all())
    yield from (_publication_document(p) for p in record.Publication.objects.all())
    yield from (_campaign_document(c) for c in record.Campaign.objects.prefetch_related("asks"))


def _state_document(state: record.State) -> Document:
    membership = (
        f"UN member since {state.un_member_since}"
        if state.un_member_since
        else state.get_un_status_display()
    )
    body = f"{state.name} ({state.iso3}), {state.un_subregion}, {state.un_region}; {membership}"
    return _document("state", state.name, body, state.get_absolute_url())


def _event_document(event: record.Event, state_name: str) -> Document:
    title = f"{state_name}, {event.date}: {event.get_category_display()}"
    return _document("event", title, event.text, event.get_absolute_url())


def _source_document(source: record.Source) -> Document:
    body = " · ".join(
        part for part in (source.author, source.publisher, source.published, source.notes) if part
    )
    return _document("source", source.title, body, source.get_absolute_url())


def _publication_document(publication: record.Publication) -> Document:
    body = f"{publication.authors} · {publication.date} · {publication.summary}"
    return _document("publication", publication.title, body, publication.get_absolute_url())


def _campaign_document(campaign: record.Campaign) -> Document:
    asks = "; ".join(ask.ask for ask in campaign.asks.all())
    body = f"{campaign.asked_by} to {campaign.asked_of}, {campaign.asked_on}: {asks}"
    return _document("campaign", campaign.title, body, campaign.get_absolute_url())


def _document(kind: str, title: str, body: str, url: str) -> Document:
    return Document(kind=kind, title=_plain(title), body=_plain(body), url=url)


def _plain(text: str) -> str:
    # The match markers must only ever come from the database's highlighting.
    return text.replace(MATCH_START, "").replace(MATCH_END, "").replace("\x00", "")
