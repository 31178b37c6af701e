"""The contribution widget renders on a foreign, registered origin in a real browser (and
stays empty on an unregistered one: CORS is the gate)."""

import pytest

from blogparade.core.models import RegisteredSite
from blogparade.syndication.tests.factories import make_contribution, make_parade

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# `browser` is the shared session fixture (conftest.py): Debian's Chromium via Playwright.


def test_widget_renders_on_registered_origin_only(browser, live_server, httpserver):
    parade = make_parade(slug="web")
    make_contribution(parade, title="<b>First</b> answer", author_name="Ann")
    make_contribution(parade, title="Second answer", author_name="Bo")
    page_html = (
        "<!doctype html><title>Host blog</title><h1>My call</h1>"
        '<div id="list" data-blogparade-contributions="web"></div>'
        f'<script src="{live_server.url}/widgets/contributions.js" async></script>'
    )
    httpserver.expect_request("/call").respond_with_data(page_html, content_type="text/html")
    RegisteredSite.objects.create(origin=f"http://127.0.0.1:{httpserver.port}")

    context = browser.new_context()
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{httpserver.port}/call")
    page.wait_for_selector("#list[data-blogparade-rendered]", timeout=10_000)
    titles = page.locator("#list li a.u-url").all_inner_texts()
    assert titles == ["<b>First</b> answer", "Second answer"]
    assert page.locator("#list b").count() == 0  # text, not markup

    # Same page from another origin (localhost ≠ 127.0.0.1): the browser refuses the data.
    other = context.new_page()
    other.goto(f"http://localhost:{httpserver.port}/call")
    other.wait_for_selector("#list[data-blogparade-error]", state="attached", timeout=10_000)
    assert other.locator("#list li").count() == 0
    context.close()
