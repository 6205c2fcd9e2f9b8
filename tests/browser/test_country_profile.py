"""A country profile in a real browser: status in words, footnotes, the as-of view, a phone."""

import pytest

pytestmark = pytest.mark.browser

AS_OF = "2014-09-23"
# The GAO report is cited for the US stockpile and its use of mines in 1991.
GAO_REPORT = "https://www.gao.gov/products/gao-02-1003"


def test_the_us_profile_says_it_is_not_a_state_party(browser):
    page = browser.open("/countries/usa/")
    assert "Not a State Party" in page.locator("main").inner_text()
    browser.screenshot("profile-usa")


def test_the_us_profile_cites_its_sources_in_footnotes(browser):
    page = browser.open("/countries/usa/")
    assert "US General Accounting Office" in page.locator("main").inner_text()
    assert page.locator(f"main a[href='{GAO_REPORT}']").count() >= 1


def test_a_profile_as_of_a_past_date_shows_the_banner_and_that_days_count(browser):
    page = browser.open(f"/countries/usa/?as_of={AS_OF}")
    banner = page.locator(".as-of-banner")
    assert "23 September 2014" in banner.inner_text()
    # 162 States Parties to the Mine Ban Treaty on 23 Sep 2014.
    assert "162" in page.locator("main").inner_text()
    browser.screenshot("profile-usa-as-of-2014-09-23")


def test_the_as_of_form_takes_a_reader_to_that_date(browser):
    page = browser.open("/countries/usa/")
    assert page.locator(".as-of-banner").count() == 0
    page.fill("#as-of-input", AS_OF)
    with page.expect_navigation():
        page.locator(".as-of-form button[type=submit]").click()
    assert f"as_of={AS_OF}" in page.url
    assert "23 September 2014" in page.locator(".as-of-banner").inner_text()


def test_a_profile_fits_a_phone_screen(phone):
    page = phone.open("/countries/usa/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    phone.screenshot("profile-usa-phone", full_page=False)
    assert overflow <= 1, f"the profile is {overflow}px wider than a 390px phone screen"
