import re

import pytest

from blogparade.core.markup import render_markdown, sanitize_html


def test_renders_markdown_and_shifts_headings():
    html = render_markdown("# Title\n\nSome **bold** and a [link](https://example.org/a).")
    assert "<h2>Title</h2>" in html
    assert "<h1>" not in html
    assert "<strong>bold</strong>" in html
    assert '<a href="https://example.org/a" rel="nofollow ugc noopener">link</a>' in html


def test_raw_html_is_shown_as_text_not_run():
    html = render_markdown("Hello <script>alert(1)</script> <b onclick=x()>b</b>")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b" not in html


@pytest.mark.parametrize(
    "source",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
    ],
)
def test_dangerous_links_are_dropped(source):
    html = render_markdown(source)
    # The text may stay visible as text; it must never become a link or an image.
    assert "<a" not in html
    assert "<img" not in html
    assert not re.search(r"(href|src)\s*=", html)


def test_sanitiser_strips_scripts_handlers_and_styles():
    html = sanitize_html(
        '<p onmouseover="x()" style="color:red">hi</p><script>bad()</script>'
        '<a href="javascript:alert(1)" onclick="y()">a</a><img src=x onerror=alert(1)><iframe src="//e"></iframe>'
    )
    assert "onmouseover" not in html
    assert "style" not in html
    assert "<script" not in html and "bad()" not in html
    assert "javascript" not in html
    assert "onclick" not in html
    assert "<img" not in html and "onerror" not in html
    assert "<iframe" not in html


def test_every_link_gets_rel_nofollow_ugc_noopener():
    html = sanitize_html('<a href="https://e.org" rel="me" target="_blank">x</a>')
    assert 'rel="nofollow ugc noopener"' in html
    assert "target" not in html


def test_empty_text_renders_empty():
    assert render_markdown("") == ""
