"""The home page in a real browser: today's counts, the chart and the map."""

from datetime import date

import pytest

from treatywatch.record.treaty_records import treaty_record

pytestmark = pytest.mark.browser

# A world map draws one shape per country or more; a chart has a handful.
MAP_SHAPES_AT_LEAST = 100


def _svg_shape_counts(page) -> list[int]:
    """For every SVG drawn with a size on the page, how many shapes it holds."""
    return page.eval_on_selector_all(
        "svg",
        """svgs => svgs
            .filter(svg => svg.getBoundingClientRect().width > 0 && svg.getBoundingClientRect().height > 0)
            .map(svg => svg.querySelectorAll('path, rect, circle, polyline, polygon, line').length)""",
    )


def test_the_home_page_shows_todays_counts(browser):
    parties = treaty_record("mbt").counts_on(date.today()).parties
    page = browser.open("/")
    text = page.locator("main").inner_text()
    assert "States Parties" in text
    assert str(parties) in text, (
        f"today's {parties} Mine Ban Treaty States Parties are not on the home page"
    )
    browser.screenshot("home")


def test_the_home_page_draws_a_chart_and_a_map(browser):
    shapes = _svg_shape_counts(browser.open("/"))
    assert len(shapes) >= 2, (
        f"expected a chart and a map drawn as SVG, found {len(shapes)} visible SVG(s)"
    )
    assert max(shapes) >= MAP_SHAPES_AT_LEAST, (
        f"no SVG with a map's {MAP_SHAPES_AT_LEAST}+ shapes: {shapes}"
    )
    assert sum(1 for count in shapes if count > 0) >= 2, f"the chart draws nothing: {shapes}"
