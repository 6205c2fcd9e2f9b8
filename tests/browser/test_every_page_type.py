"""Every public page type at a desktop width and a phone's, in one browser session per width:
a screenshot of each into tests/artifacts/pages/, no page wider than the screen without a
scrolling region to hold it, and axe-core's accessibility rules with no serious or critical
violation. Profiles are sampled: the United States (not party, long voting record) and
Ukraine (party, with deadlines and extensions)."""

import json
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

WIDTHS = {
    "desktop-1280": {"width": 1280, "height": 900},
    "phone-390": {"width": 390, "height": 844},
}
# (page type, address): one of every kind of public page.
PAGES = [
    ("home", "/"),
    ("countries", "/countries/"),
    ("profile-usa", "/countries/usa/"),
    ("profile-ukr", "/countries/ukr/"),
    ("profile-usa-as-of-2010", "/countries/usa/?as_of=2010-06-01"),
    ("history-ukr", "/countries/ukr/history/"),
    ("treaty-mbt-map-deadlines", "/treaties/mbt/"),
    ("treaty-ccm", "/treaties/ccm/"),
    ("search-results", "/search/?q=stockpile"),
    ("search-misspelt-filtered", "/search/?q=ukriane&state=UKR"),
    ("finder-suggestions", "/find/?q=Korea"),
    ("downloads", "/downloads/"),
    ("coverage", "/data/coverage/"),
    ("alerts-form", "/alerts/subscribe/"),
    ("feedback-form", "/feedback/ukr/"),
    ("login", "/accounts/login/"),
    ("reports", "/reports/"),
    ("report-2025", "/reports/2025/"),
    ("check-form", "/check/"),
    ("publications", "/publications/"),
    ("campaign-2022-letter", "/campaigns/uscbl-2022-biden-letter/"),
    ("publication-2022-letter", "/publications/uscbl-2022-01-31-letter-biden/"),
    ("api-docs", "/api/v1/docs"),
    ("not-found", "/countries/xyz/"),
]
# The top of a page is what a person checks; the picture of a whole long page takes seconds.
SCREENSHOT_HEIGHT = 6000
# Pages that answer with an error on purpose.
STATUS = {"not-found": 404}
SERIOUS = {"serious", "critical"}
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "pages"


@pytest.fixture(scope="module")
def artifacts() -> Path:
    # This run's screenshots only.
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    return ARTIFACTS


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_page_type_fits_and_passes_axe_on_usa_and_ukraine(
    session_at, artifacts, axe_script, width
):
    session = session_at(artifacts, viewport=WIDTHS[width], is_mobile=width.startswith("phone"))
    problems = []
    for name, address in PAGES:
        page = session.open(address, STATUS.get(name, 200))
        if name == "api-docs":
            page.wait_for_selector(".swagger-ui .opblock", timeout=15_000)
        session.screenshot(f"{name}-{width}", max_height=SCREENSHOT_HEIGHT)
        problems += [f"{name} {address}: {p}" for p in _problems(page, axe_script)]
    assert not problems, "\n".join(problems)


def _problems(page, axe_script: str) -> list[str]:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    found = [f"{overflow}px wider than the screen"] if overflow > 1 else []
    page.evaluate(axe_script)
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    for violation in results["violations"]:
        if violation["impact"] in SERIOUS:
            targets = [json.dumps(node["target"]) for node in violation["nodes"][:3]]
            found.append(f"axe {violation['id']} ({violation['impact']}): {', '.join(targets)}")
    return found
