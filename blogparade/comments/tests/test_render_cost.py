"""Rendering Markdown is no CPU lever: pathological markup renders as plain text, and the
preview is rate-limited before anything is rendered."""

from __future__ import annotations

import json

import pytest

from blogparade.comments.render import MARKUP_CHARS_MAX, render_markdown

BASE = "http://localhost:8000"


def test_bracket_and_emphasis_storms_render_as_plain_text(monkeypatch):
    """ "*[" 32,767 times cost 2 s in the Markdown parser; it now never reaches the parser."""
    from blogparade.comments import render

    def no_parser(text):
        raise AssertionError("the Markdown parser was asked")

    monkeypatch.setattr(render._md, "render", no_parser)
    html = render_markdown("*[" * 32767)
    assert html.startswith("<p>*[*[") and "<em>" not in html and "<a" not in html


def test_plain_text_fallback_is_still_escaped():
    html = render_markdown("<script>alert(1)</script>" * (MARKUP_CHARS_MAX // 4))
    assert "<script" not in html and "&lt;script&gt;" in html


def test_ordinary_comments_keep_their_markdown():
    html = render_markdown("Hello *world*, see [this](https://x.example).\n\nSecond.")
    assert "<em>world</em>" in html and 'href="https://x.example"' in html
    assert html.count("<p>") == 2


@pytest.mark.django_db
def test_preview_is_rate_limited_before_it_renders(client, settings):
    settings.BASE_URL = BASE
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "preview-ip": [(2, 60)]}
    codes = [
        client.post(
            "/isso/preview",
            json.dumps({"text": "*hi*"}),
            content_type="application/json",
            HTTP_ORIGIN=BASE,
        ).status_code
        for _ in range(3)
    ]
    assert codes == [200, 200, 429]
    # refused before the body is even read: not-JSON is still a 429, not a 400
    response = client.post(
        "/isso/preview", "not json", content_type="application/json", HTTP_ORIGIN=BASE
    )
    assert response.status_code == 429


def _counting_parser(monkeypatch) -> list[str]:
    from blogparade.comments import render

    calls: list[str] = []
    original = render._md.render

    def counting(text, *args, **kwargs):
        calls.append(text)
        return original(text, *args, **kwargs)

    render_markdown.cache_clear()
    monkeypatch.setattr(render._md, "render", counting)
    return calls


def _new(client, text: str, ip: str):
    return client.post(
        "/isso/new?uri=/p/slow-web/",
        json.dumps({"text": text, "author": "Ann", "email": "ann@example.net"}),
        content_type="application/json",
        HTTP_ORIGIN=BASE,
        REMOTE_ADDR=ip,
    )


@pytest.mark.django_db
def test_a_comment_over_the_rate_limit_is_refused_before_it_is_rendered(
    client, settings, parade, monkeypatch
):
    """/isso/new rendered a comment twice (link count, blocklist) before it asked the rate
    limit, so refused requests still cost their Markdown."""
    settings.BASE_URL = BASE
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "comment-ip": [(1, 60)]}
    assert _new(client, "The first one.", "198.51.100.7").status_code in (201, 202)
    calls = _counting_parser(monkeypatch)
    response = _new(client, "Second, *with* [a link](https://x.example).", "198.51.100.7")
    assert response.status_code == 429 and response["Retry-After"] == "60"
    assert calls == []


@pytest.mark.django_db
def test_an_accepted_comment_is_rendered_once(client, settings, parade, monkeypatch):
    from blogparade.comments.models import Blocklist

    settings.BASE_URL = BASE
    Blocklist.objects.create(kind=Blocklist.Kind.URL_DOMAIN, value="spam.example")
    calls = _counting_parser(monkeypatch)
    text = "See [my answer](https://ann.example/answer) and *more*."
    assert _new(client, text, "198.51.100.8").status_code in (201, 202)
    assert len(calls) == 1
