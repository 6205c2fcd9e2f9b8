"""GET /api/v1/: where to start."""

from django.urls import reverse
from ninja import Router, Schema

router = Router(tags=["index"])

COLLECTIONS = (
    "list_states",
    "list_treaties",
    "list_events",
    "list_sources",
    "list_resolutions",
    "list_votes",
    "list_publications",
    "list_campaigns",
)


class IndexOut(Schema):
    title: str
    version: str
    docs: str
    openapi: str
    collections: dict[str, str]


@router.get("/", response=IndexOut)
def index(request):
    """Links to the documentation, the OpenAPI schema and every list the API serves."""

    def link(name: str) -> str:
        return request.build_absolute_uri(reverse(f"api:{name}"))

    return {
        "title": "TreatyWatch API",
        "version": "1",
        "docs": link("openapi-view"),
        "openapi": link("openapi-json"),
        "collections": {name.removeprefix("list_"): link(name) for name in COLLECTIONS},
    }
