"""The claim checker in a real browser, scripts off: paste a press release, see its claims
marked and numbered in the text and judged in the table."""

import pytest

pytestmark = pytest.mark.browser

PRESS_RELEASE = """Geneva, 30 November 2009

Ten years after the Mine Ban Treaty entered into force, a total of 156 nations are party to it. \
Burma is not party, and nearly all of the 37 states that have not yet joined the Mine Ban Treaty \
still stockpile antipersonnel mines. The Second Review Conference in Cartagena in 2009 opened \
yesterday; campaigners urged the United States to join."""


def test_a_pasted_press_release_is_marked_numbered_and_judged(no_script):
    page = no_script.open("/")
    page.get_by_role("link", name="Check a text").click()
    page.get_by_label("Text to check").fill(PRESS_RELEASE)
    with page.expect_navigation():
        page.get_by_role("button", name="Check", exact=True).click()
    numbers = page.locator(".checked-text mark .claim-number").all_inner_texts()
    assert len(numbers) >= 3 and numbers == [str(n) for n in range(1, len(numbers) + 1)]
    rows = page.locator("table.verdicts tbody tr")
    assert rows.count() == len(numbers)
    count = rows.filter(has_text="156 nations").first.inner_text()
    assert "Outdated" in count and "161" in count
    assert "Supported" in rows.filter(has_text="Ten years after").first.inner_text()
    assert "(found in the text)" in page.locator(".check-dates").inner_text()
    no_script.screenshot("check-press-release")
