"""Read-only hot views answered before Django's middleware (blogparade.core.fastpath):
the same answer as through the middleware, with the headers it would have added."""

from __future__ import annotations

import io
import json

import pytest
from django.test import RequestFactory

from blogparade.core import fastpath

BODY = json.dumps(["/p/open-call/", "/nowhere/"]).encode()


def _environ(origin: str, body: bytes = BODY, path: str = "/isso/count", **extra) -> dict:
    env = (
        RequestFactory()
        .post(path, body, content_type="application/json", HTTP_ORIGIN=origin, **extra)
        .environ
    )
    env["wsgi.input"] = io.BytesIO(body)
    return env


@pytest.fixture
def own(settings):
    return settings.BASE_URL.rstrip("/")


def test_counts_are_answered_with_the_middlewares_headers(client, parade, own):
    status, headers, body = fastpath.answer(_environ(own))
    named = dict(headers)
    assert status == "200 OK" and json.loads(body) == [0, 0]
    assert named["X-Content-Type-Options"] == "nosniff"
    assert named["X-Frame-Options"] == "DENY" and named["X-Request-ID"]
    slow = client.post("/isso/count", BODY, content_type="application/json", HTTP_ORIGIN=own)
    assert json.loads(slow.content) == json.loads(body)
    for name in ("X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy"):
        assert named[name] == slow[name]


def test_the_views_own_checks_still_apply(parade):
    status, _headers, body = fastpath.answer(_environ("https://evil.example"))
    assert status == "403 Forbidden" and b"origin not allowed" in body


def test_everything_else_is_left_to_django(parade, own):
    assert fastpath.answer(_environ(own, path="/isso/new?uri=%2Fp%2Fopen-call%2F")) is None
    assert fastpath.answer(_environ(own, path="/p/open-call/")) is None
    assert fastpath.answer(_environ(own, HTTP_HOST="evil.example")) is None
    assert fastpath.answer(_environ(own, path="/isso/count?x=%00")) is None  # malformed
