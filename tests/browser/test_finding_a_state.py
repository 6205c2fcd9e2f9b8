"""Finding a state fast in a real browser: the header's box on any page, misspelt or by
another name, and the world map's countries by keyboard and by mouse."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_the_header_box_finds_ukraine_misspelt_and_suggests_both_koreas(browser):
    page = browser.open("/treaties/mbt/")
    page.fill("#header-find-q", "ukriane")
    with page.expect_navigation():
        page.press("#header-find-q", "Enter")
    assert page.url.endswith("/countries/ukr/")
    page.fill("#header-find-q", "Korea")
    with page.expect_navigation():
        page.press("#header-find-q", "Enter")
    suggestions = page.locator("main a[href^='/countries/']").all_inner_texts()
    assert {"North Korea", "South Korea"} <= set(suggestions)


def test_the_maps_countries_open_their_profiles_by_keyboard_and_by_mouse(browser):
    page = browser.open("/treaties/mbt/")
    ukraine = page.locator("svg.world-map a[href='/countries/ukr/']")
    assert re.match(r"Ukraine: ", ukraine.get_attribute("aria-label"))
    # The states are in the tab order: Tab moves from one state to the next.
    page.locator("svg.world-map a").first.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('svg.world-map')")
    ukraine.focus()
    assert page.evaluate("document.activeElement.getAttribute('href')") == "/countries/ukr/"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/countries/ukr/")
    page = browser.open("/treaties/mbt/")
    with page.expect_navigation():
        page.locator("svg.world-map a[href='/countries/bra/'] path").click()
    assert page.url.endswith("/countries/bra/")
    browser.screenshot("map-click-led-to-brazil", full_page=False)
