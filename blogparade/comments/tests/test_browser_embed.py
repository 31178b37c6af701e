"""Our ``/embed.js`` on a page of another origin (pytest-httpserver on 127.0.0.1, another
port), talking to blogparade under ``live_server`` through CORS."""

from __future__ import annotations

import pytest

from blogparade.comments import services
from blogparade.comments.tests.conftest import make_comment
from blogparade.core.models import RegisteredSite

pytestmark = pytest.mark.browser


def foreign_origin(httpserver) -> str:
    return f"http://127.0.0.1:{httpserver.port}"


@pytest.fixture
def quick(page):
    page.set_default_timeout(5000)
    return page


@pytest.fixture
def blog(httpserver, live_server, settings):
    """A registered foreign site; blogparade's BASE_URL is the live server."""
    settings.BASE_URL = live_server.url
    settings.MODERATION = False
    origin = foreign_origin(httpserver)
    RegisteredSite.objects.create(origin=origin, name="Foreign blog")
    return origin


def serve_page(httpserver, path: str, body: str, lang: str = "en") -> str:
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>My post</title>'
        f"<script>window.__xss = undefined;</script></head><body><h1>My post</h1>{body}</body></html>"
    )
    httpserver.expect_request(path).respond_with_data(html, content_type="text/html; charset=utf-8")
    return foreign_origin(httpserver) + path


def embed_snippet(live_server, thread: str, lang: str = "") -> str:
    attr = f' data-lang="{lang}"' if lang else ""
    return (
        f'<script src="{live_server.url}/embed.js" data-blogparade-thread="{thread}"{attr}></script>'
        f'<noscript><a href="{live_server.url}/comments/feed/?uri={thread}">Comments</a></noscript>'
    )


def test_embed_lists_and_posts(quick, page, blog, httpserver, live_server):
    thread = services.get_or_create_thread(blog, "/post/", "My post")
    first = make_comment(thread, text="Hello from *before*", author="Ada")
    make_comment(thread, text="A reply", author="Bob", parent=first)
    url = serve_page(httpserver, "/post/", embed_snippet(live_server, "/post/"))
    page.goto(url)
    heading = page.locator(".bp-embed h2")
    heading.wait_for()
    page.wait_for_selector(f"#comment-{first.pk}")
    assert heading.inner_text() == "2 thoughts on “My post”"
    assert page.locator(f"#comment-{first.pk} em").inner_text() == "before"
    assert page.locator(f"#comment-{first.pk} > ol > li").count() == 1

    # Client-side errors are next to the fields and announced.
    page.get_by_role("button", name="Post comment").click()
    assert page.locator("[role=alert]").last.inner_text() == "Please write a comment."
    assert page.get_by_label("Comment").first.get_attribute("aria-invalid") == "true"

    page.get_by_label("Comment").first.fill("Posted from **another** origin")
    page.get_by_label("Name").first.fill("Carla")
    page.get_by_label("Email (never published)").first.fill("carla@example.net")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Post comment").first.press("Enter")
    page.wait_for_selector("text=another")
    assert page.locator("[role=status]").inner_text() == "Your comment was posted."
    assert heading.inner_text() == "3 thoughts on “My post”"
    stored = thread.comments.get(author="Carla")
    assert stored.text_html == "<p>Posted from <strong>another</strong> origin</p>"
    assert "carla@example.net" not in page.content()
    assert page.js_errors == []


def test_embed_reply_in_german(quick, page, blog, httpserver, live_server):
    thread = services.get_or_create_thread(blog, "/de/", "Mein Beitrag")
    first = make_comment(thread, text="Erster", author="Ada")
    url = serve_page(httpserver, "/de/", embed_snippet(live_server, "/de/"), lang="de")
    page.goto(url)
    page.wait_for_selector(f"#comment-{first.pk}")
    assert page.locator(".bp-embed h2").inner_text() == "Ein Gedanke zu „My post“"
    reply = page.get_by_role("button", name="Antwort an Ada")
    reply.click()
    assert reply.get_attribute("aria-expanded") == "true"
    form = page.locator(f"#comment-{first.pk} > form")
    form.get_by_label("Kommentar").fill("Antwort")
    form.get_by_role("textbox", name="Name", exact=True).fill("Bea")
    form.get_by_label("E-Mail (wird nie veröffentlicht)").fill("bea@example.net")
    form.get_by_role("button", name="Kommentar abschicken").click()
    page.wait_for_selector(f"#comment-{first.pk} > ol > li")
    assert thread.comments.get(author="Bea").parent_id == first.pk
    assert page.locator(".bp-embed h2").inner_text() == "2 Gedanken zu „My post“"


def test_unregistered_origin_gets_nothing(quick, page, httpserver, live_server, settings, db):
    settings.BASE_URL = live_server.url
    url = serve_page(httpserver, "/x/", embed_snippet(live_server, "/x/"))
    page.goto(url)
    page.wait_for_selector("text=The comments could not be loaded.")
