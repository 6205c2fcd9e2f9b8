"""GET /publications and /publications/{id}: the press room, each with its claims checked."""

from ninja import Router, Schema
from pydantic import Field

from treatywatch.api.errors import ERROR_RESPONSES, NotFound
from treatywatch.api.params import SourceId
from treatywatch.publications.checking import check_publication
from treatywatch.record.models import Publication

router = Router(tags=["publications"])


class PublicationOut(Schema):
    id: str
    kind: str = Field(description="letter, press_release, statement, report or briefing")
    date: str = Field(description="YYYY-MM-DD")
    title: str
    authors: list[str]
    addressee: str | None
    states: list[str] = Field(description="ISO 3166-1 alpha-3 codes of the states it concerns")
    url: str | None = Field(description="the publisher's own address")
    full_text: str | None = Field(description="only where its terms allow copying")
    summary: str = Field(description="in the editors' own words")
    source_id: str
    claims_summary: str = Field(description="e.g. 2 claims: 1 supported, 1 outdated")
    claim_counts: dict[str, int] = Field(
        description="claims by verdict, as of the publication's date"
    )


def _out(publication: Publication, checked: bool) -> dict:
    result = check_publication(publication) if checked else None
    return {
        "id": publication.id,
        "kind": publication.kind,
        "date": publication.date.isoformat(),
        "title": publication.title,
        "authors": publication.author_list,
        "addressee": publication.addressee or None,
        "states": publication.state_codes,
        "url": publication.url or None,
        "full_text": publication.full_text or None,
        "summary": publication.summary,
        "source_id": publication.source_id,
        "claims_summary": result.summary if result else "",
        "claim_counts": dict(result.counts) if result else {},
    }


@router.get("/publications", response={200: list[PublicationOut], **ERROR_RESPONSES})
def list_publications(request):
    """Every publication, newest first, with its checked claims."""
    return [_out(publication, True) for publication in Publication.objects.all()]


@router.get("/publications/{publication_id}", response={200: PublicationOut, **ERROR_RESPONSES})
def get_publication(request, publication_id: SourceId):
    publication = Publication.objects.filter(id=publication_id).first()
    if publication is None:
        raise NotFound(
            f"publication_id: there is no publication '{publication_id}' (GET /api/v1/publications lists them)",
            "publication_id",
        )
    return _out(publication, True)
