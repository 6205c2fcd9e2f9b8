"""The OpenAPI schema and the interactive documentation: complete, and served from this
site alone (no CDN, no inline script), so they work offline and under a strict CSP."""

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

OPERATIONS = {
    "/api/v1/": "index",
    "/api/v1/states": "list_states",
    "/api/v1/states/{iso3}": "get_state",
    "/api/v1/states/{iso3}/profile": "state_profile",
    "/api/v1/treaties": "list_treaties",
    "/api/v1/treaties/{code}": "get_treaty",
    "/api/v1/treaties/{code}/status": "treaty_status",
    "/api/v1/treaties/{code}/status/{iso3}": "state_status",
    "/api/v1/treaties/{code}/series": "treaty_series",
    "/api/v1/treaties/{code}/deadlines/{iso3}": "state_deadlines",
    "/api/v1/events": "list_events",
    "/api/v1/sources": "list_sources",
    "/api/v1/sources/{source_id}": "get_source",
    "/api/v1/resolutions": "list_resolutions",
    "/api/v1/votes": "list_votes",
    "/api/v1/reports/{year}": "annual_report",
    "/api/v1/publications": "list_publications",
    "/api/v1/publications/{publication_id}": "get_publication",
    "/api/v1/campaigns": "list_campaigns",
    "/api/v1/campaigns/{campaign_id}": "get_campaign",
}


API_GUIDE = Path(__file__).resolve().parents[2] / "docs" / "api.md"


@pytest.fixture
def openapi(get_json):
    return get_json("/api/v1/openapi.json")


def references(part) -> list[str]:
    return re.findall(r"#/components/schemas/(\w+)", json.dumps(part))


def public_part(openapi: dict) -> dict:
    """The read operations and the schemas they use (the editorial app adds its own)."""
    paths = {path: openapi["paths"][path] for path in OPERATIONS}
    components = openapi["components"]["schemas"]
    used, pending = set(), references(paths)
    while pending:
        name = pending.pop()
        if name not in used:
            used.add(name)
            pending += references(components[name])
    return {"paths": paths, "schemas": {name: components[name] for name in sorted(used)}}


def test_the_schema_lists_every_read_operation_as_a_get_with_a_short_id(openapi):
    reads = {
        path: item["get"]["operationId"]
        for path, item in openapi["paths"].items()
        if list(item) == ["get"]
    }
    assert {
        path: name for path, name in reads.items() if not path.startswith("/api/v1/editorial/")
    } == OPERATIONS


def test_the_schema_documents_the_one_error_shape_for_every_operation_that_can_fail(openapi):
    assert openapi["components"]["schemas"]["ErrorDetail"]["required"] == [
        "status",
        "code",
        "message",
    ]
    for path in OPERATIONS:
        operation = openapi["paths"][path]["get"]
        if operation.get("parameters"):
            assert set(operation["responses"]) == {"200", "400", "404"}, path


def test_the_schema_of_the_read_operations_is_a_reviewed_snapshot(openapi, snapshot):
    snapshot("openapi_read_operations", public_part(openapi))


def test_the_api_guide_documents_every_read_operation():
    guide = API_GUIDE.read_text(encoding="utf-8")
    for path in OPERATIONS:
        assert f"`GET {path.removeprefix('/api/v1')}" in guide, path


def test_the_interactive_docs_load_their_assets_from_this_site_only(client):
    page = client.get("/api/v1/docs").content.decode()
    assets = re.findall(r'(?:src="|<link[^>]*href=")([^"]+)"', page)
    assert "/static/ninja/swagger-ui-bundle.js" in assets
    assert all(asset.startswith("/static/") for asset in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert '"validatorUrl": null' in page  # otherwise Swagger UI calls validator.swagger.io


def test_the_interactive_docs_have_no_inline_script_to_exempt_from_a_content_security_policy(
    client,
):
    page = client.get("/api/v1/docs").content.decode()
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", page)
    # The one inline <script> is Swagger UI's settings as JSON data, which browsers never run.
    assert inline == [' id="swagger-settings" type="application/json"']
    assert not re.search(r"\son[a-z]+=", page)


def test_the_interactive_docs_sit_in_the_sites_page_with_its_language_and_landmarks(client):
    page = client.get("/api/v1/docs").content.decode()
    assert '<html lang="en">' in page
    assert '<header class="site-header">' in page and '<main id="content"' in page
    assert '<div id="swagger-ui"' in page.split("<main", 1)[1]
    # Deep links would be anchors inside each operation's button.
    assert '"deepLinking": false' in page


def test_the_index_links_to_the_docs_the_schema_and_every_list(get_json):
    index = get_json("/api/v1/")
    assert index["openapi"] == "http://testserver/api/v1/openapi.json"
    assert set(index["collections"]) == {
        "states",
        "treaties",
        "events",
        "sources",
        "resolutions",
        "votes",
        "publications",
        "campaigns",
    }
    for address in index["collections"].values():
        get_json(address)


def test_answers_are_cacheable_for_five_minutes_and_errors_are_not_marked(client):
    assert client.get("/api/v1/states/usa")["Cache-Control"] == "public, max-age=300"
    assert not client.get("/api/v1/states/xyz").has_header("Cache-Control")
