from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.utils import timezone

from blogparade.comments import services
from blogparade.parades.models import Parade

XSS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<svg onload="alert(1)"><circle/></svg>',
    '"><a href="x" onmouseover="alert(1)">',
    "<a href='jav&#x09;ascript:alert(1)'>x</a>",
    "<<script>script>alert(1)<</script>/script>",
    "\u202eevil\u202c<b onclick=alert(1)>x</b>",
    "<iframe src=//evil.example></iframe>",
]


@pytest.fixture
def host(db):
    return get_user_model().objects.create_user("host", "host@example.org", "pw-123456")


@pytest.fixture
def other_host(db):
    return get_user_model().objects.create_user("other", "other@example.org", "pw-123456")


@pytest.fixture
def parade(host):
    now = timezone.now()
    return Parade.objects.create(
        host=host,
        slug="slow-web",
        title="Slow web",
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=10),
    )


@pytest.fixture
def thread(parade):
    return services.get_or_create_thread("", "/p/slow-web/")


@pytest.fixture
def old_ts():
    """A signed form timestamp from a minute ago (past the minimum fill-in time)."""
    return signing.dumps(int(time.time() - 60), salt="comments.form-ts")


def form_data(ts: str, **overrides: object) -> dict:
    data = {
        "author": "Ada",
        "email": "ada@example.net",
        "website": "https://ada.example",
        "text": "Hello *world*",
        "uri": "/p/slow-web/",
        "ts": ts,
    }
    data.update(overrides)
    return data


def make_comment(thread, status="approved", **kw):
    from blogparade.comments.models import Comment
    from blogparade.comments.render import render_markdown

    text = kw.pop("text", "A comment")
    return Comment.objects.create(
        thread=thread,
        author=kw.pop("author", "Bob"),
        email=kw.pop("email", "bob@example.net"),
        text=text,
        text_html=render_markdown(text),
        status=status,
        ip=kw.pop("ip", "203.0.113.5"),
        **kw,
    )


class _Collector:
    def __init__(self, html: str) -> None:
        from html.parser import HTMLParser

        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        outer = self

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                outer.tags.append((tag, attrs))

        P().feed(html)


def assert_inert(html: str, allowed_tags: set[str] | None = None) -> None:
    """No scripts but our own static files, no event handlers, frames, SVG or non-http(s)
    links anywhere in ``html``."""
    for tag, attrs in _Collector(html).tags:
        if tag == "script":
            # the pages' own scripts: a static file of this site, nothing inline
            values = dict(attrs)
            assert (values.get("src") or "").startswith("/static/blogparade/"), attrs
            assert set(values) <= {"src", "defer", "async"}, attrs
            continue
        assert tag not in {"iframe", "object", "embed", "img", "math"}, tag
        if allowed_tags is not None:
            assert tag in allowed_tags, tag
        if tag == "svg":
            # Only our own identicons: no attributes beyond drawing ones.
            assert all(not k.startswith("on") for k, _v in attrs)
        for key, value in attrs:
            assert not key.startswith("on"), (tag, key)
            if key in ("href", "src", "action", "formaction", "xlink:href"):
                v = (value or "").strip().lower()
                assert not v.startswith(("javascript:", "data:", "vbscript:")), (tag, key, value)
    assert "\u202e" not in html


@pytest.fixture
def post_form(client, django_capture_on_commit_callbacks):
    """POST the comment form (after-commit work, such as emails, runs)."""

    def _post(ts, remote="198.51.100.1", extra=None, **kw):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                "/comments/post/", form_data(ts, **kw), REMOTE_ADDR=remote, **(extra or {})
            )

    return _post
