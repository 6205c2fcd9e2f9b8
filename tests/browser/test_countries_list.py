"""The list of countries in a real browser: filtering by region narrows the table."""

import pytest

pytestmark = pytest.mark.browser


def _rows(page) -> list[str]:
    return page.locator("main table tbody tr").all_inner_texts()


def test_filtering_the_countries_by_region_narrows_the_table(browser):
    page = browser.open("/countries/")
    everyone = _rows(page)
    region = page.locator("main form select[name*='region']").first
    value = region.locator("option", has_text="Oceania").first.get_attribute("value")
    region.select_option(value)
    with page.expect_navigation():
        region.locator("xpath=ancestor::form").locator(
            "button[type=submit], input[type=submit]"
        ).first.click()
    oceania = _rows(page)
    browser.screenshot("countries-oceania")
    assert 0 < len(oceania) < len(everyone)
    assert any("Tonga" in row for row in oceania)
    assert not any("United States" in row for row in oceania)
