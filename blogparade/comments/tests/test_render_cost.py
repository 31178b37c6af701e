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
