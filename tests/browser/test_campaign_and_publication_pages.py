"""The campaign page of the 2022 letter (United States) and a publication page, in Chromium:
no policy violation or script error, and each ask's timeline has a text alternative."""

import pytest

pytestmark = pytest.mark.browser

LETTER = "/campaigns/uscbl-2022-biden-letter/?as_of=2025-01-01"


@pytest.mark.parametrize("path", [LETTER, "/publications/uscbl-2024-11-20-condemns-transfer/"])
def test_the_page_raises_no_policy_violation_or_script_error(browser, path):
    page = browser.open(path)
    page.wait_for_load_state("networkidle")
    assert browser.csp_violations() == [], f"{path} breaks the Content-Security-Policy"
    assert browser.errors() == [], f"{path} logs errors in the browser console"


def test_each_ask_timeline_is_an_image_named_by_its_history(browser):
    page = browser.open(LETTER)
    timelines = page.get_by_role("img", name="Status history")
    assert timelines.count() == 8
    # Only the transfer ban (ask 4) was reversed: by the transfers of 20 November 2024.
    assert page.get_by_role("img", name="reversed from 2024-11-20").count() == 1
    browser.screenshot("campaign-usa-2022-letter")
