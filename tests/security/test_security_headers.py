"""Every response carries the security headers: pages, error pages, the API and its docs,
static files."""

import pytest

from treatywatch.site.serving.security import CONTENT_SECURITY_POLICY

pytestmark = pytest.mark.django_db

EXPECTED = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}

ADDRESSES = [
    "/",
    "/?as_of=2014-09-23",
    "/?as_of=not-a-date",
    "/no-such-page/",
    "/countries/usa/",
    "/api/v1/openapi.json",
    "/api/v1/docs",
    "/api/v1/states/usa",
    "/static/site/treatywatch.css",
    "/accounts/login/",
    "/admin/login/",
    "/feeds/updates.atom",
]


def test_the_policy_is_the_strict_one_the_site_is_built_for():
    assert CONTENT_SECURITY_POLICY == (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    )


@pytest.mark.parametrize("address", ADDRESSES)
def test_every_response_carries_the_security_headers(client, address):
    response = client.get(address)
    got = {name: response.headers.get(name) for name in EXPECTED}
    assert got == EXPECTED


def test_a_view_may_set_its_own_policy_and_keeps_it(rf):
    from django.http import HttpResponse

    from treatywatch.site.serving.security import SecurityHeadersMiddleware

    def view(request):
        response = HttpResponse("x")
        response.headers["Content-Security-Policy"] = "default-src 'none'"
        return response

    response = SecurityHeadersMiddleware(view)(rf.get("/"))
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"
    assert response.headers["Permissions-Policy"].startswith("camera=()")
