"""The host's whole journey in a real browser (Chromium), in English and in German:
create → share kit → contributions arrive (real Webmentions, verified against a blog on
loopback) → close now → edit the draft → publish with its confirmation → the roundup is
linked from the call page (its h-event), the directory and the feed. In German, no page on
the way shows English from our catalogue."""

from __future__ import annotations

import httpx
import pytest

from blogparade.linkbacks.tests.pages import post_page
from tests.test_german_everywhere import english_in, visible_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "journey-password-4711"

TEXTS = {
    "en": {
        "title": "Tools that stay",
        "slug": "tools-that-stay",
        "question": "Which tool have you kept for ten years?",
        "posts": [("anna", "My old pencil", "Anna Alder"), ("ben", "A bike for life", "Ben Birch")],
        "intro": "Two of you told me about the tools you keep. Thank you!",
        "publish": "Publish now",
    },
    "de": {
        "title": "Werkzeuge, die bleiben",
        "slug": "werkzeuge-die-bleiben",
        "question": "Welches Werkzeug hast du seit zehn Jahren?",
        "posts": [("anna", "Mein alter Bleistift", "Anna Erle"), ("ben", "Ein Rad fürs Leben", "Ben Birke")],
        "intro": "Zwei von euch haben von ihren Werkzeugen erzählt. Danke!",
        "publish": "Jetzt veröffentlichen",
    },
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_hosts_whole_journey(lang, browser, live_server, settings, host, httpserver):
    text = TEXTS[lang]
    live = live_server.url
    settings.BASE_URL = live
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    host.set_password(PASSWORD)
    host.save()
    context = browser.new_context(locale="de-DE" if lang == "de" else "en-GB")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    seen: dict[str, str] = {}

    def look(name: str) -> str:
        seen[name] = page.content()
        return seen[name]

    # sign in
    page.goto(f"{live}/dashboard/login/")
    page.locator("input[name=username]").fill(host.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"{live}/dashboard/")

    # create: the short name follows the title
    page.goto(f"{live}/dashboard/new/")
    look("new")
    page.fill("#id_title", text["title"])
    page.fill("#id_question", text["question"])
    page.fill("#id_call_text", text["question"])
    page.select_option("#id_language", lang)
    page.check("#id_auto_approve")
    assert page.input_value("#id_slug") == text["slug"]
    page.locator(".form-actions button:not([formaction])").click()

    # the share kit comes next
    page.wait_for_url(f"{live}/dashboard/p/{text['slug']}/share/")
    slug = text["slug"]
    call = f"{live}/p/{slug}/"
    assert call in look("share")

    # contributions arrive: two bloggers link to the call and send a Webmention
    for path, title, author in text["posts"]:
        httpserver.expect_request(f"/{path}").respond_with_data(
            post_page(f'<a href="{call}">{text["title"]}</a>', title=title, author=author),
            content_type="text/html; charset=utf-8",
        )
        answer = httpx.post(
            f"{live}/webmention",
            data={"source": httpserver.url_for(f"/{path}"), "target": call},
            timeout=30,
        )
        assert answer.status_code in (201, 202), answer.text
    page.goto(call)
    html = look("call")
    for _path, title, _author in text["posts"]:
        assert title in html

    # close now (it asks for a confirmation first)
    page.goto(f"{live}/dashboard/p/{slug}/")
    look("dashboard")
    page.locator(".deadline-box summary").click()
    page.locator(".deadline-box button[type=submit]").click()  # not confirmed: nothing happens
    assert page.url == f"{live}/dashboard/p/{slug}/"
    page.check("#close-confirm")
    page.locator(".deadline-box button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".deadline-box summary").inner_text() != ""
    assert "close-confirm" not in page.content()  # closed: it offers to open again instead

    # edit the draft, then publish: it says what publishing does first
    page.goto(f"{live}/dashboard/p/{slug}/roundup/")
    look("roundup editor")
    for _path, title, _author in text["posts"]:
        assert title in page.content()
    page.fill("#id_intro", text["intro"])
    page.locator("button[name=action][value=publish]").click()
    page.wait_for_load_state()
    look("confirmation")
    assert page.locator("ul.consequences li").count() >= 3
    page.get_by_role("button", name=text["publish"]).click()
    page.wait_for_url(f"{live}/dashboard/p/{slug}/roundup/")
    look("roundup published")
    assert page.locator("[data-status-url]").count() == 1  # telling the contributions

    # the roundup is linked from the call page (h-event), the directory and the feed
    roundup = f"/p/{slug}/roundup/"
    page.goto(call)
    look("call, closed")
    assert page.locator(f'a.u-related[href="{roundup}"]').count() == 1
    page.goto(f"{live}/")
    look("directory")
    assert page.locator(f'a[href="{roundup}"]').count() >= 1
    page.goto(f"{live}{roundup}")
    look("roundup")
    assert text["intro"] in page.content()
    feed = httpx.get(f"{live}/feeds/roundups.atom", timeout=30).text
    assert f"{live}{roundup}" in feed

    assert errors == []
    if lang == "de":
        english = {name: english_in(visible_text(html)) for name, html in seen.items()}
        assert {name: found for name, found in english.items() if found} == {}
    context.close()
