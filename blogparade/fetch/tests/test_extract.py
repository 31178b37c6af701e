"""describe() and check_link() on hand-made pages and hostile input."""

from __future__ import annotations

import time

import pytest

from blogparade.fetch.extract import check_link, describe

CALL = "https://parade.example/p/open-call/"


def test_link_only_in_comments_footer_sidebar_is_not_main_content():
    html = f"""<html><body><article><p>A post about something else entirely, with enough words to be the main text of the page.</p></article>
    <section id="comments"><ol class="comment-list"><li><p>See <a href="{CALL}">the call</a></p></li></ol></section>
    <aside class="sidebar"><a href="{CALL}">call</a></aside><footer><a href="{CALL}">call</a></footer></body></html>"""
    check = check_link(html, "https://blog.example/post/", CALL)
    assert check.found and not check.in_main_content
    assert CALL not in describe(html, "https://blog.example/post/").links


def test_link_in_article_counts_and_fragment_is_ignored():
    html = f'<html><body><nav><a href="/">home</a></nav><article><p>My answer to <a href="{CALL}#rules">the parade</a>, written at length for everyone to read.</p></article></body></html>'
    check = check_link(html, "https://blog.example/post/", CALL)
    assert check.found and check.in_main_content and check.mention_type == "mention"


def test_relative_link_and_base_element_resolve():
    html = '<html><head><base href="https://parade.example/p/"></head><body><main><p>Answering <a href="open-call/">this call</a> in a long enough paragraph of text here.</p></main></body></html>'
    assert check_link(html, "https://blog.example/post/", CALL).in_main_content


def test_look_alike_urls_do_not_count():
    html = f'<html><body><article><p><a href="{CALL}extra">x</a> <a href="{CALL.replace("https", "http")}">y</a> and some filler text to make this an article body.</p></article></body></html>'
    assert not check_link(html, "https://blog.example/post/", CALL).found


def test_text_mention_is_not_a_link():
    html = f"<html><body><article><p>I read {CALL} yesterday and wrote a long paragraph about it here.</p></article></body></html>"
    assert not check_link(html, "https://blog.example/post/", CALL).found


@pytest.mark.parametrize(
    ("prop", "kind"),
    [
        ("u-in-reply-to", "reply"),
        ("u-like-of", "like"),
        ("u-repost-of", "repost"),
        ("u-bookmark-of", "bookmark"),
    ],
)
def test_mention_type_from_microformats(prop, kind):
    html = f'<html><body><div class="h-entry"><a class="{prop}" href="{CALL}">target</a><div class="e-content">Nice.</div></div></body></html>'
    assert check_link(html, "https://blog.example/r/1", CALL).mention_type == kind


def test_binary_body_gives_an_empty_description():
    desc = describe(bytes(range(256)) * 100, "https://blog.example/file.bin")
    assert desc.kind == "article" and desc.links == [] and desc.published is None


def test_empty_and_garbage():
    assert describe("", "https://x.example/").title == ""
    assert describe("<<<>>><html<body", "https://x.example/").links == []
    assert describe(b"\x00\x00<p>hi</p>", "https://x.example/").summary == "hi"


def test_malformed_html_still_yields_content():
    html = "<html><head><title>Broken page</title><body><article><p>Unclosed <b>bold <i>text that goes on <a href='/x'>link</a><p>Second paragraph with many words in it."
    desc = describe(html, "https://x.example/post")
    assert desc.title == "Broken page"
    assert desc.links == ["https://x.example/x"]


def test_huge_html_is_handled_quickly():
    body = "<div>" * 2000 + "<p>deep</p>" + "</div>" * 2000
    filler = "<p>" + "word " * 200 + '<a href="/l">l</a></p>'
    html = f"<html><body><article>{filler * 400}</article>{body}</body></html>"
    started = time.monotonic()
    desc = describe(html, "https://x.example/")
    assert desc.links == ["https://x.example/l"]
    assert time.monotonic() - started < 10


def test_wrong_charset_declaration():
    html = '<html><head><meta charset="utf-8"><title>Gr\xfc\xdfe</title></head><body><p>K\xf6ln</p></body></html>'.encode(
        "latin-1"
    )
    assert describe(html, "https://x.example/").title == "Grüße"


def test_as_json_has_the_contract_keys():
    data = describe("<html lang='de'><title>T</title></html>", "https://x.example/").as_json()
    assert set(data) == {
        "url",
        "title",
        "author",
        "published",
        "summary",
        "image",
        "language",
        "kind",
        "links",
    }
    assert set(data["author"]) == {"name", "url", "photo"}
    assert data["language"] == "de" and data["published"] is None


def test_published_is_timezone_aware():
    html = '<html><head><meta property="article:published_time" content="2024-03-05T10:00:00"></head></html>'
    assert describe(html, "https://x.example/").published.tzinfo is not None


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ('<meta property="og:type" content="video.other">', "video"),
        ('<meta name="generator" content="Misskey">', "fediverse"),
        ('<meta property="og:site_name" content="Pleroma">', "fediverse"),
        (
            '<script type="application/ld+json">{"@type": "PodcastEpisode", "name": "x"}</script>',
            "podcast",
        ),
        ('<link rel="enclosure" type="audio/mpeg" href="/e.mp3">', "podcast"),
        ("", "article"),
    ],
)
def test_kind(head, kind):
    assert (
        describe(f"<html><head>{head}</head><body></body></html>", "https://x.example/p").kind
        == kind
    )


def test_bluesky_and_vimeo_by_host():
    assert describe("<html></html>", "https://bsky.app/profile/a/post/b").kind == "bluesky"
    assert describe("<html></html>", "https://vimeo.com/123").kind == "video"


GERMAN = "Das ist der Beitrag und wir haben nicht mit dem Ende gerechnet, aber es war auch so gut. "
ENGLISH = "This is the post and we have not been at the end of it, but it was good for all of us. "


@pytest.mark.parametrize(
    "head",
    ["<html lang='en-US'><head>", "<html><head><meta property='og:locale' content='en_US'>"],
)
def test_declared_language_is_overruled_by_clearly_different_text(head):
    html = (
        f"{head}<title>T</title></head><body><article><p>{GERMAN * 200}</p></article></body></html>"
    )
    assert describe(html.encode(), "https://blog.example/p").language == "de"


def test_declared_language_stands_when_the_text_agrees_or_is_unclear():
    long_en = f"<html lang='en'><body><article><p>{ENGLISH * 200}</p></article></body></html>"
    assert describe(long_en.encode(), "https://blog.example/p").language == "en"
    short = "<html lang='fr'><body><article><p>Salut 12345 ok</p></article></body></html>"
    assert describe(short.encode(), "https://blog.example/p").language == "fr"
