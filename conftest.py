"""Fixtures shared by every app's tests: hosts (owner, other host, stranger) and a parade."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone


@pytest.fixture(autouse=True)
def _isolated_rate_limit_keys(settings):
    """Redis counters outlive a test (the database rolls back, Redis does not): give every
    test its own key space, as the database gives it its own rows."""
    import uuid

    settings.RATE_LIMIT_KEY_PREFIX = f"rl-test-{uuid.uuid4().hex}"


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """Rendered pages kept in this process's memory must not outlive the test whose rows
    they show (the database rolls back, and the directory's version row with it)."""
    from django.core.cache import caches

    from blogparade.core.pagecache import forget_remembered

    caches["pages"].clear()
    forget_remembered()


@pytest.fixture(autouse=True)
def _english_by_default():
    """A request in German leaves German active in the thread; each test starts in English."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def host(db):
    from django.contrib.auth import get_user_model

    from blogparade.parades.models import HostProfile

    user = get_user_model().objects.create_user(
        "host@example.org", "host@example.org", "host-password"
    )
    HostProfile.objects.create(
        user=user, name="Hanna Host", role="Editor", website="https://hanna.example.org/"
    )
    return user


@pytest.fixture
def other_host(db):
    from django.contrib.auth import get_user_model

    from blogparade.parades.models import HostProfile

    user = get_user_model().objects.create_user(
        "other@example.org", "other@example.org", "other-password"
    )
    HostProfile.objects.create(user=user, name="Otto Other")
    return user


@pytest.fixture
def parade(host):
    from blogparade.parades.models import Parade

    now = timezone.now()
    return Parade.objects.create(
        host=host,
        slug="open-call",
        title="What keeps you writing?",
        question="What keeps you writing?",
        call_text="Tell us **why** you still blog.",
        opens_at=now - timedelta(days=3),
        closes_at=now + timedelta(days=10),
    )


BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright. Skipped (visibly) where Chromium is missing,
    unless BLOGPARADE_REQUIRE_BROWSER=1 (CI), where a missing browser fails the run."""
    import os
    import shutil

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(executable):
        if os.environ.get("BLOGPARADE_REQUIRE_BROWSER") == "1":
            pytest.fail(
                "Chromium is required (BLOGPARADE_REQUIRE_BROWSER=1) but /usr/bin/chromium is missing"
            )
        pytest.skip("browser tests need Debian's Chromium: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django must allow ORM use here.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=BROWSER_FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB", timezone_id="America/New_York")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.js_errors = errors  # type: ignore[attr-defined]
    # What the Content-Security-Policy refused (Chromium reports it on the console).
    refused: list[str] = []
    page.on(
        "console",
        lambda msg: (
            refused.append(msg.text)
            if msg.type == "error" and "Content Security Policy" in msg.text
            else None
        ),
    )
    page.csp_violations = refused  # type: ignore[attr-defined]
    yield page
    context.close()


AXE_SCRIPT = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core (the npm package pinned in package.json; `make test` installs it with npm).
    Missing: skipped visibly, or a failure under BLOGPARADE_REQUIRE_BROWSER=1 (CI)."""
    import os

    if not AXE_SCRIPT.exists():
        if os.environ.get("BLOGPARADE_REQUIRE_BROWSER") == "1":
            pytest.fail(
                f"axe-core is required (BLOGPARADE_REQUIRE_BROWSER=1): run `npm ci` ({AXE_SCRIPT} is missing)"
            )
        pytest.skip("accessibility checks need axe-core: run `npm ci` (Node.js and npm)")
    return AXE_SCRIPT.read_text()
