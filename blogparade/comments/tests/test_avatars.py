"""Avatars: local identicons by default (no third-party request anywhere); Gravatar only when
the operator turns it on."""

from __future__ import annotations

import hashlib

import pytest
from django.template import Context, Template

from .conftest import make_comment

BASE = "http://localhost:8000"


@pytest.fixture(autouse=True)
def _base(settings):
    settings.BASE_URL = BASE


def page(rf, thread) -> str:
    request = rf.get("/p/slow-web/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    return Template(
        '{% load comments_tags %}{% comment_thread request "/p/slow-web/" "Slow web" %}'
    ).render(Context({"request": request}))


def test_default_is_local_identicon(client, rf, thread):
    make_comment(thread, email="Ada@Example.net", text="hi")
    html = page(rf, thread)
    assert "<svg" in html and "gravatar" not in html
    body = client.get("/isso/?uri=/p/slow-web/").json()
    assert body["config"]["gravatar"] is False and "gravatar_image" not in body["replies"][0]
    assert client.get("/isso/config").json()["config"]["gravatar"] is False


def test_gravatar_when_turned_on(client, rf, thread, settings):
    make_comment(thread, email="Ada@Example.net", text="hi")
    assert client.get("/isso/?uri=/p/slow-web/").json()["config"]["gravatar"] is False
    settings.GRAVATAR = True
    digest = hashlib.sha256(b"ada@example.net").hexdigest()
    html = page(rf, thread)
    assert f"https://www.gravatar.com/avatar/{digest}?d=identicon" in html
    assert 'referrerpolicy="no-referrer"' in html and "Ada@Example.net" not in html
    body = client.get("/isso/?uri=/p/slow-web/").json()  # not the cached body from before
    assert body["config"]["gravatar"] is True
    assert body["replies"][0]["gravatar_image"].startswith(
        f"https://www.gravatar.com/avatar/{digest}?"
    )
    assert "ada@example.net" not in client.get("/isso/?uri=/p/slow-web/").content.decode().lower()
