"""Browser tests: Playwright's Python API driving Debian's Chromium (/usr/bin/chromium,
installed by .ci/run with apt; never `playwright install`) against pytest-django's
live_server, which serves the test database from a thread of this process.

Two things follow from running inside pytest-django:
- Playwright's sync API keeps an asyncio loop running in the main thread, and Django then
  refuses database calls there ("You cannot call this from an async context"). The tests'
  own database calls (loading the record, the flush after each test) are plain synchronous
  code, so DJANGO_ALLOW_ASYNC_UNSAFE is set for each browser test module, and unset after
  it. The fixtures are module-scoped, not package-scoped: tests/ folders are not Python
  packages, and a package-scoped fixture there would live until the end of the session,
  leaving the variable set and an event loop running for every test after these.
- live_server makes each test transactional: the database is emptied after every test.
  So each test loads the bundled record when it is missing, and the record is loaded again
  after each module, for any transactional test that runs after these.
"""

import re
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / "artifacts" / "browser"
# axe-core, the accessibility rules run in each page: an npm package pinned in
# tools/axe/package.json, fetched into tools/axe/node_modules/ (git-ignored) by `make axe`,
# which `make test` runs first.
AXE = REPO / "tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
# What this machine's closed network and a root user need (see .library/env/machines/python.md).
# Playwright's launch() gives Chromium a fresh, temporary --user-data-dir of its own each time.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# Chromium's wording when the Content-Security-Policy blocks something.
CSP_VIOLATION = "Content Security Policy"


class BrowserSession:
    """One browser context on the live site, recording what the console says."""

    def __init__(self, browser, site: str, artifacts: Path, **context_options):
        self.site = site
        self.artifacts = artifacts
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.console: list[str] = []
        self.page.on("console", self._note)
        self.page.on("pageerror", lambda error: self.console.append(f"pageerror: {error}"))

    def _note(self, message) -> None:
        # The address tells which page or file the message is about.
        self.console.append(f"{message.type}: {message.text} [{message.location.get('url', '')}]")

    def open(self, path: str, status: int = 200):
        """Go to `path` on the live site; the page, once loaded, must not be an error page
        (unless `status` says which one it must be)."""
        response = self.page.goto(self.site + path)
        assert response is not None and response.status == status, (
            f"{path}: HTTP {response and response.status}"
        )
        return self.page

    def csp_violations(self) -> list[str]:
        return [line for line in self.console if CSP_VIOLATION in line]

    def errors(self) -> list[str]:
        # Chromium asks every new site for /favicon.ico by itself; a missing icon is no script error.
        return [
            line
            for line in self.console
            if line.startswith(("error:", "pageerror:")) and not line.endswith("/favicon.ico]")
        ]

    def screenshot(self, name: str, full_page: bool = True, max_height: int | None = None) -> Path:
        """A PNG under tests/artifacts/browser/ (or this session's folder), for a person to
        look at; `max_height` cuts a very long page short (the picture takes the time)."""
        self.artifacts.mkdir(parents=True, exist_ok=True)
        path = self.artifacts / (re.sub(r"[^\w.-]+", "_", name).strip("_") + ".png")
        clip = None
        if full_page and max_height:
            width, height = self.page.evaluate(
                "[window.innerWidth, document.documentElement.scrollHeight]"
            )
            clip = {"x": 0, "y": 0, "width": width, "height": min(height, max_height)}
        self.page.screenshot(path=str(path), full_page=full_page, clip=clip)
        return path

    def close(self, screenshot_as: str | None = None) -> None:
        if screenshot_as:
            self.screenshot(f"failed-{screenshot_as}")
        self.context.close()


@pytest.fixture(scope="module", autouse=True)
def _async_unsafe_allowed():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="module", autouse=True)
def _record_restored_afterwards(_async_unsafe_allowed, django_db_setup, django_db_blocker):
    # Asking for django_db_setup makes the test database outlive this fixture: without it,
    # the teardown below could run after the test database is gone, against the real one.
    yield
    with django_db_blocker.unblock():
        _load_record_if_missing()


@pytest.fixture(scope="session")
def _fresh_artifacts() -> None:
    # This run's screenshots only: a stale picture of a failure already fixed misleads.
    shutil.rmtree(ARTIFACTS, ignore_errors=True)


@pytest.fixture(scope="module")
def chromium(_fresh_artifacts, _async_unsafe_allowed):
    if not CHROMIUM.exists():
        pytest.skip(
            f"Debian's Chromium is not installed at {CHROMIUM}: apt-get install chromium (.ci/run does)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_script() -> str:
    # Failing, not skipping: a check that skips in CI would pass having checked nothing.
    if not AXE.exists():
        pytest.fail(f"axe-core is missing ({AXE}): run `make axe` (npm ci in tools/axe/)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def session_at(chromium, site):
    """Opens browser contexts of the given size whose screenshots go to `artifacts`."""
    sessions = []

    def open_session(artifacts: Path, **context_options) -> BrowserSession:
        sessions.append(BrowserSession(chromium, site, artifacts, **context_options))
        return sessions[-1]

    yield open_session
    for session in sessions:
        session.close()


@pytest.fixture
def site(live_server) -> str:
    """The live server's address, with the bundled record in its database."""
    _load_record_if_missing()
    return live_server.url


@pytest.fixture
def browser(chromium, site, request):
    """A fresh browser context on the live site; a screenshot is kept if the test fails."""
    session = BrowserSession(chromium, site, ARTIFACTS)
    yield session
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    session.close(screenshot_as=request.node.name if failed else None)


@pytest.fixture
def phone(chromium, site):
    session = BrowserSession(
        chromium, site, ARTIFACTS, viewport={"width": 390, "height": 844}, is_mobile=True
    )
    yield session
    session.close()


@pytest.fixture
def no_script(chromium, site):
    """A browser with JavaScript switched off: the forms must work without it."""
    session = BrowserSession(chromium, site, ARTIFACTS, java_script_enabled=False)
    yield session
    session.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Lets the `browser` fixture know, at teardown, whether the test itself failed.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def _load_record_if_missing() -> None:
    from treatywatch.record.loading import load_dataset
    from treatywatch.record.models import State

    if not State.objects.exists():
        load_dataset(REPO / "data")
