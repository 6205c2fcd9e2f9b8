"""Every page works under the strict Content-Security-Policy: the browser reports no
blocked script, style or image, and no script error."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/",
    "/countries/",
    "/countries/usa/",
    "/countries/usa/?as_of=2014-09-23",
    "/treaties/mbt/",
    "/treaties/ccm/",
    "/search/?q=Tonga",
    "/downloads/",
    "/accounts/login/",
    "/admin/login/",
    # Swagger UI, from django-ninja: its settings are a JSON data block and its start-up
    # code a static file, so it needs no exemption from the policy.
    "/api/v1/docs",
]


@pytest.mark.parametrize("path", PAGES)
def test_a_page_raises_no_policy_violation_or_script_error(browser, path):
    page = browser.open(path)
    page.wait_for_load_state("networkidle")
    assert browser.csp_violations() == [], f"{path} breaks the Content-Security-Policy"
    assert browser.errors() == [], f"{path} logs errors in the browser console"


def test_the_check_sees_a_violation_when_there_is_one(browser):
    page = browser.open("/")
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')")
    page.wait_for_timeout(200)
    assert browser.csp_violations(), "an inline style attribute was not reported as blocked"
