"""``{% comment_feed_link %}``: the page head's Atom discovery link, pointing at a feed that
answers even before the first comment."""

from __future__ import annotations

import html
import re

from django.template import Context, Template
from django.utils import translation

from .conftest import make_comment


def render(path: str, title: str) -> str:
    return Template("{% load comments_tags %}{% comment_feed_link path title %}").render(
        Context({"path": path, "title": title})
    )


def href_of(tag: str) -> str:
    return html.unescape(re.search(r'href="([^"]+)"', tag).group(1))


def test_link_tag_points_at_the_thread_feed(client, thread, settings):
    settings.BASE_URL = "http://localhost:8000"
    make_comment(thread, text="in the feed")
    tag = render("/p/slow-web/", "Slow web")
    assert tag.startswith('<link rel="alternate" type="application/atom+xml" title="Comments on')
    assert "Slow web" in tag
    href = href_of(tag)
    assert href == "http://localhost:8000/comments/feed/?uri=%2Fp%2Fslow-web%2F"
    body = client.get(href.removeprefix("http://localhost:8000")).content.decode()
    assert "in the feed" in body


def test_title_is_escaped(db):
    with translation.override("de"):
        tag = render("/p/x/", '"><script>alert(1)</script>')
    assert "<script>" not in tag and "&quot;&gt;&lt;script&gt;" in tag


def test_feed_exists_before_the_first_comment(client, parade):
    r = client.get("/comments/feed/?uri=/p/slow-web/")
    assert r.status_code == 200 and "Slow web" in r.content.decode()
    assert client.get("/comments/feed/?uri=/p/no-such-parade/").status_code == 404
