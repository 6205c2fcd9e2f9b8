"""Search in a real browser: typing a name finds the state."""

import pytest

pytestmark = pytest.mark.browser


def test_searching_for_tonga_finds_its_profile(browser):
    page = browser.open("/search/")
    box = page.locator("main input[type=search], main input[name=q]").first
    box.fill("Tonga")
    with page.expect_navigation():
        box.press("Enter")
    assert "q=Tonga" in page.url
    browser.screenshot("search-tonga")
    assert page.locator("main a[href^='/countries/ton/']").count() >= 1
