"""Every error, whatever its kind, is {"error": {"status", "code", "message", "parameter"?}}."""

import logging
from datetime import date

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def error_of(response, status: int, code: str) -> dict:
    """The error in the one shape, checked; its `parameter` only when one is to blame."""
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"]
    error = body["error"]
    assert {"status", "code", "message"} <= set(error) <= {"status", "code", "message", "parameter"}
    assert (error["status"], error["code"]) == (status, code)
    assert isinstance(error["message"], str) and error["message"]
    return error


def test_a_malformed_date_is_a_400_that_names_the_parameter(client):
    error = error_of(client.get("/api/v1/states/usa?as_of=2014-13-01"), 400, "invalid_parameter")
    assert error == {
        "status": 400,
        "code": "invalid_parameter",
        "parameter": "as_of",
        "message": "as_of: '2014-13-01' is not a date; write YYYY-MM-DD",
    }


@pytest.mark.parametrize(
    "address, parameter",
    [
        ("/api/v1/states/usa?as_of=yesterday", "as_of"),
        ("/api/v1/states/usa/profile?as_of=2014-02-30", "as_of"),
        ("/api/v1/treaties/mbt/status?as_of=20140923", "as_of"),
        ("/api/v1/treaties/mbt/status/usa?as_of=2014-9-23", "as_of"),
        ("/api/v1/treaties/mbt/deadlines/ton?as_of=", "as_of"),
        ("/api/v1/treaties/mbt/series?start=1999", "start"),
        ("/api/v1/treaties/mbt/series?end=1999-03-01T00:00", "end"),
        ("/api/v1/events?since=1999-03", "since"),
        ("/api/v1/events?until=1999-W09", "until"),
    ],
)
def test_every_date_parameter_takes_yyyy_mm_dd_only(client, address, parameter):
    error = error_of(client.get(address), 400, "invalid_parameter")
    assert error["parameter"] == parameter
    assert error["message"].startswith(f"{parameter}: '") and error["message"].endswith(
        "is not a date; write YYYY-MM-DD"
    )


@pytest.mark.parametrize(
    "address, parameter, day",
    [
        ("/api/v1/treaties/mbt/deadlines/fra?as_of=9999-12-31", "as_of", "9999-12-31"),
        ("/api/v1/treaties/mbt/status?as_of=0001-01-01", "as_of", "0001-01-01"),
        ("/api/v1/states/usa/profile?as_of=1989-12-31", "as_of", "1989-12-31"),
        ("/api/v1/treaties/mbt/series?start=1900-01-01&end=2001-01-01", "start", "1900-01-01"),
        ("/api/v1/treaties/mbt/series?end=9999-12-31&changes_only=true", "end", "9999-12-31"),
        ("/api/v1/events?since=0001-01-01", "since", "0001-01-01"),
        ("/api/v1/events?until=9999-12-31", "until", "9999-12-31"),
    ],
)
def test_a_date_outside_the_range_is_a_400_naming_the_range(client, address, parameter, day):
    latest = date(date.today().year + 10, 12, 31).isoformat()
    error = error_of(client.get(address), 400, "invalid_parameter")
    assert error["parameter"] == parameter
    assert error["message"] == (
        f"{parameter}: {day} is outside the dates TreatyWatch answers for: give one from 1990-01-01 to {latest}"
    )


@pytest.mark.parametrize(
    "address, parameter",
    [
        ("/api/v1/events?category=war", "category"),
        ("/api/v1/events?treaty=ottawa", "treaty"),
        ("/api/v1/events?state=U1", "state"),
        ("/api/v1/states?un_status=members", "un_status"),
        ("/api/v1/votes?year=20099", "year"),
        ("/api/v1/treaties/mbt/series?changes_only=perhaps", "changes_only"),
        ("/api/v1/treaties/mbt/series?start=2010-01-01&end=2009-01-01", "start"),
    ],
)
def test_a_parameter_out_of_its_range_is_a_400_naming_it_instead_of_a_422(
    client, address, parameter
):
    assert error_of(client.get(address), 400, "invalid_parameter")["parameter"] == parameter


@pytest.mark.parametrize(
    "address",
    [
        "/api/v1/states/xyz",
        "/api/v1/states/xyz/profile",
        "/api/v1/treaties/mbt/status/xyz",
        "/api/v1/treaties/ccm/deadlines/xyz",
        "/api/v1/states/u1",
        "/api/v1/states/usaa",
    ],
)
def test_an_unknown_state_is_a_404(client, address):
    assert error_of(client.get(address), 404, "not_found")["parameter"] == "iso3"


@pytest.mark.parametrize(
    "address",
    ["/api/v1/treaties/ottawa", "/api/v1/treaties/xyz/status", "/api/v1/treaties/cwc/series"],
)
def test_an_unknown_treaty_is_a_404(client, address):
    assert error_of(client.get(address), 404, "not_found")["parameter"] == "code"


def test_an_unknown_source_is_a_404(client):
    assert (
        error_of(client.get("/api/v1/sources/no-such-source"), 404, "not_found")["parameter"]
        == "source_id"
    )


@pytest.mark.parametrize(
    "address",
    ["/api/v1/nothing", "/api/v1/states/usa/nothing", "/api/v1/states/", "/api/v1/v2/states"],
)
def test_an_unknown_address_under_the_api_is_a_json_404(client, address):
    error = error_of(client.get(address), 404, "not_found")
    assert "parameter" not in error and address in error["message"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_method_other_than_get_is_a_405_that_says_what_is_allowed(client, method):
    response = getattr(client, method)("/api/v1/states/usa")
    error = error_of(response, 405, "method_not_allowed")
    assert response["Allow"] == "GET" and error["message"].endswith("this address answers GET.")


def test_an_unexpected_failure_is_a_500_that_keeps_its_details_in_the_log(
    client, monkeypatch, caplog
):
    def fail(*args):
        raise RuntimeError("details for the log only")

    monkeypatch.setattr("treatywatch.api.states.standing_on", fail)
    with caplog.at_level(logging.ERROR, logger="treatywatch.api"):
        response = client.get("/api/v1/states/usa")
    error = error_of(response, 500, "server_error")
    assert "details" not in error["message"] and "parameter" not in error
    assert "details for the log only" in caplog.text


@pytest.mark.parametrize(
    "address, status, code",
    [
        ("/api/v1/states/%00sa", 404, "not_found"),
        ("/api/v1/sources/gao%00", 404, "not_found"),
        ("/api/v1/states?region=Africa%00", 400, "invalid_parameter"),
        ("/api/v1/events?state=US%00", 400, "invalid_parameter"),
        ("/api/v1/votes?resolution=A/RES/64/56%00", 400, "invalid_parameter"),
        ("/api/v1/states/usa?as_of=2014-09-23%00", 400, "invalid_parameter"),
    ],
)
def test_a_nul_byte_is_refused_before_it_reaches_the_database(client, address, status, code):
    # PostgreSQL would answer a NUL byte in a query with a server error.
    error_of(client.get(address), status, code)


def test_a_body_too_large_to_read_is_a_400_in_the_one_error_shape(client):
    oversize = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post("/api/v1/check", {"text": oversize}, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == "body"
