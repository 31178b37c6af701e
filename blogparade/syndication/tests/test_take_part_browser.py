"""The take-part form widget on a foreign, registered origin in a real browser: German labels,
keyboard-reachable fields, errors announced next to fields, and a stored submission."""

import pytest

from blogparade.contributions.models import Contribution
from blogparade.core.models import RegisteredSite
from blogparade.syndication.tests.factories import make_parade

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_take_part_form_on_registered_origin(browser, live_server, httpserver):
    make_parade(slug="form", title="<i>Why</i> blog")
    page_html = (
        '<!doctype html><html lang="de"><title>Host blog</title><h1>Mein Aufruf</h1>'
        '<div id="tp" data-blogparade-take-part="form"></div>'
        f'<script src="{live_server.url}/widgets/take-part.js" async></script></html>'
    )
    httpserver.expect_request("/call").respond_with_data(page_html, content_type="text/html")
    RegisteredSite.objects.create(origin=f"http://127.0.0.1:{httpserver.port}")

    context = browser.new_context()
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{httpserver.port}/call")
    page.wait_for_selector("#tp[data-blogparade-rendered=form]", timeout=10_000)
    assert page.locator("#tp h2").inner_text() == "Reich deinen Beitrag ein"
    # empty submit: errors next to the fields, focus on the first invalid one
    page.locator("#tp button[type=submit]").click()
    assert page.locator("#tp input[aria-invalid=true]").count() == 4
    assert page.evaluate("document.activeElement.name") == "url"
    page.get_by_label("Adresse", exact=False).first.fill("https://writer.example/antwort/")
    page.get_by_label("Dein Name").fill("Wanda")
    page.locator("#tp input[name=email]").fill("wanda@example.org")
    page.locator("#tp input[name=consent]").check()
    page.locator("#tp button[type=submit]").click()
    page.wait_for_selector("#tp[data-blogparade-submitted]", timeout=10_000)
    assert page.locator("#tp .blogparade-done").is_visible()
    assert Contribution.objects.get().url == "https://writer.example/antwort/"

    # another origin gets no form (CORS and the origin check are the gate)
    other = context.new_page()
    other.goto(f"http://localhost:{httpserver.port}/call")
    other.wait_for_selector("#tp[data-blogparade-error]", state="attached", timeout=10_000)
    assert other.locator("#tp form").count() == 0
    context.close()
