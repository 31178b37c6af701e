"""The roundup editor follows the notifications as the worker sends them (Chromium)."""

import pytest
from django.conf import settings as django_settings
from django.test import Client

from blogparade.contributions import roundup as service
from blogparade.fetch.send import SendOutcome
from blogparade.syndication.tests.factories import make_contribution, make_host, make_parade

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_status_follows_along_until_the_failure_shows(page, live_server, settings):
    settings.BASE_URL = live_server.url
    owner = make_host(username="owner")
    parade = make_parade(host=owner, slug="web")
    make_contribution(parade, title="Rain all day")
    roundup = service.draft_roundup(parade)
    service.publish_roundup(roundup, queue=False)  # published, nobody told yet
    client = Client()
    client.force_login(owner)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page.goto(f"{live_server.url}/dashboard/p/web/roundup/")
    assert page.get_attribute("[data-status-url]", "data-done") == "false"
    assert page.get_attribute("progress", "value") == "0"
    # the worker tries, and fails: the page shows it without a reload by hand
    service._record(
        roundup.entries.get(), SendOutcome("", None, None, False, "The target advertises nothing.")
    )
    page.wait_for_selector(".notify-failures li", timeout=15_000)
    assert "The target advertises nothing." in page.inner_text(".notify-failures")
    assert page.get_attribute("[data-status-url]", "data-done") == "true"
    assert page.get_attribute("progress", "value") == "1"
    assert page.is_visible("button[value=retry]")
    assert page.js_errors == [] and page.csp_violations == []
