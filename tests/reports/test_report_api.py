"""GET /api/v1/reports/{year}: in the OpenAPI schema, in the API's one error shape."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_report_endpoint_is_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    operation = paths["/api/v1/reports/{year}"]["get"]
    assert {"200", "400", "404"} <= set(operation["responses"])


def test_the_2025_figures_name_their_sources(client):
    document = client.get("/api/v1/reports/2025").json()
    mbt = document["treaties"][0]
    assert document["year"] == 2025 and mbt["treaty"] == "mbt"
    assert [s["iso3"] for s in mbt["steps"]["joined"]] == ["MHL", "TON"]
    assert all(s["source_ids"] for s in mbt["steps"]["joined"])


def test_a_year_without_a_report_is_a_404_in_the_apis_shape(client):
    error = client.get("/api/v1/reports/1998").json()["error"]
    assert error["status"] == 404 and "from 1999" in error["message"]


def test_an_as_of_outside_the_year_blames_the_parameter(client):
    error = client.get("/api/v1/reports/2025?as_of=2024-12-31").json()["error"]
    assert (error["status"], error["parameter"]) == (400, "as_of")
