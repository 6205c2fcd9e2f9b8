"""schemathesis against the live OpenAPI schema: every operation, with generated valid and
invalid parameters, must answer as its schema says, and never with a server error.

Bounded to twenty examples an operation (schemathesis adds its own coverage cases) so the
whole run stays under a minute. It runs on whichever database the suite uses (PostgreSQL included, where an unchecked NUL
byte in a parameter would be a server error)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.checks import positive_data_acceptance

from treatywatch.treaties.day_range import EARLIEST_DAY, latest_day
from treatywatch.wsgi import application

pytestmark = pytest.mark.django_db

# Reading the schema needs no database: the API describes itself from its code.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)

# A valid date is one in the range every date parameter takes (treaties/day_range.py),
# which a JSON schema cannot state: outside it the API answers 400, as documented.
schemathesis.openapi.format(
    "date", st.dates(EARLIEST_DAY, latest_day()).map(lambda day: day.isoformat())
)


@pytest.fixture(autouse=True)
def keep_the_test_connection_open():
    """Schemathesis calls the WSGI application directly, and at each request's end Django
    would close the connection the test's transaction lives on (as its own test client
    avoids): PostgreSQL then answers "the connection is closed"."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_answers_as_its_schema_says_and_never_with_a_server_error(case):
    # The series refuses a start after its end: a rule between two parameters that a schema
    # cannot state, so valid-looking input may get a 400.
    excluded = [positive_data_acceptance] if case.operation.path.endswith("/series") else []
    case.call_and_validate(excluded_checks=excluded)
