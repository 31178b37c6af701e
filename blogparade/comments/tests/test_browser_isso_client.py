"""Isso's own, unmodified client (``embed.min.js`` from the ``isso`` package on PyPI) on a
page of another origin, pointed at blogparade's ``/isso/``: it lists and posts."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from blogparade.comments import services
from blogparade.comments.models import Comment
from blogparade.comments.tests.conftest import make_comment
from blogparade.comments.tests.test_browser_embed import blog, quick, serve_page  # noqa: F401

pytestmark = pytest.mark.browser


def isso_client_js() -> bytes:
    """The file shipped in Isso's wheel (installed as a dev dependency; not imported)."""
    spec = importlib.util.find_spec("isso")
    if spec is None or not spec.submodule_search_locations:
        if os.environ.get("BLOGPARADE_REQUIRE_BROWSER") == "1":
            pytest.fail(
                "Isso's client needs the isso package (make installs it): pip install --no-deps isso"
            )
        pytest.skip("Isso's client needs the isso package: pip install --no-deps isso")
    return (Path(spec.submodule_search_locations[0]) / "js" / "embed.min.js").read_bytes()


def isso_page(httpserver, live_server, path: str) -> str:
    httpserver.expect_request("/js/embed.min.js").respond_with_data(
        isso_client_js(), content_type="text/javascript"
    )
    body = (
        f'<script data-isso="{live_server.url}/isso/" data-isso-lang="en" '
        f'src="/js/embed.min.js"></script>'
        '<section id="isso-thread" data-title="My post"></section>'
    )
    return serve_page(httpserver, path, body)


def test_isso_client_lists_and_posts(quick, page, blog, httpserver, live_server):  # noqa: F811
    thread = services.get_or_create_thread(blog, "/isso-post/", "My post")
    first = make_comment(thread, text="Listed *here*", author="Ada")
    make_comment(thread, text="Nested reply", author="Bob", parent=first)
    page.goto(isso_page(httpserver, live_server, "/isso-post/"))
    page.wait_for_selector(f"#isso-{first.pk}")
    assert page.locator(f"#isso-{first.pk} .isso-text em").first.inner_text() == "here"
    assert "Nested reply" in page.locator(f"#isso-{first.pk}").inner_text()

    page.locator(".isso-postbox textarea").first.fill("Sent by Isso's own client")
    page.locator(".isso-postbox input[name=author]").first.fill("Isso User")
    page.locator(".isso-postbox input[name=email]").first.fill("iu@example.net")
    page.locator(".isso-postbox input[type=submit]").first.click()
    page.wait_for_selector("text=Sent by Isso's own client")
    stored = Comment.objects.get(author="Isso User")
    assert stored.thread_id == thread.pk and stored.status == Comment.Status.APPROVED
    assert "iu@example.net" not in page.content()
    assert page.js_errors == []
