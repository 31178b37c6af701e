import pytest

from blogparade.comments.render import (
    ALLOWED_TAGS,
    clean_line,
    identicon_svg,
    render_markdown,
    safe_website,
)

from .conftest import XSS, assert_inert


@pytest.mark.parametrize("payload", XSS)
def test_markdown_output_has_no_active_content(payload):
    assert_inert(render_markdown(payload), ALLOWED_TAGS)


def test_safe_subset_renders_links_emphasis_lists_quotes_code():
    html = render_markdown("*a* **b** [x](https://e.example)\n\n- one\n\n> q\n\n`c`")
    assert "<em>a</em>" in html and "<strong>b</strong>" in html
    assert '<a href="https://e.example" rel="nofollow ugc noopener">x</a>' in html
    assert "<li>one</li>" in html and "<blockquote>" in html and "<code>c</code>" in html


def test_headings_and_images_are_not_rendered():
    html = render_markdown("# big\n\n![i](https://e.example/i.png)")
    assert "<h1" not in html and "<img" not in html


@pytest.mark.parametrize(
    "value,expected",
    [
        ("https://ok.example/a", "https://ok.example/a"),
        ("ok.example", "https://ok.example"),
        ("javascript:alert(1)", ""),
        ("data:text/html,x", ""),
        ('https://x.example/"onmouseover="alert(1)', ""),
        ("ftp://x.example", ""),
    ],
)
def test_safe_website(value, expected):
    assert safe_website(value) == expected


def test_clean_line_strips_bidi_and_controls():
    assert clean_line("A\u202eB\u200b\x00C\n D") == "ABC D"


def test_identicon_is_deterministic_svg_without_foreign_text():
    svg = identicon_svg("<script>")
    assert svg == identicon_svg("<script>") and svg.startswith("<svg") and "script" not in svg
