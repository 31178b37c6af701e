"""describe() and check_link() on hand-made pages and hostile input."""

from __future__ import annotations

import time

import pytest

from blogparade.fetch.extract import check_link, describe, parse_text_date

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


# --- rules added with the harder corpus pages (tests/corpus/_generate_hard.py) ------------

LONG = "A paragraph long enough to be the main text of the page, about why people keep blogs. " * 3


def test_block_headed_related_or_appeal_is_not_main_content():
    html = f"""<html><body><main><p>{LONG}</p>
    <section class="onwards"><h2>More on this story</h2><a href="{CALL}">call</a></section>
    <div class="box"><h3>Mehr zum Thema</h3><a href="https://blog.example/a/">a</a></div>
    <div class="epic"><h2>Please support us today</h2><a href="https://blog.example/give">give</a></div>
    <div class="paywall-box"><a href="https://blog.example/abo/">abo</a></div>
    <section class="author-box"><a href="https://social.example/@me">me</a></section>
    </main></body></html>"""
    desc = describe(html, "https://blog.example/post/")
    assert not check_link(html, "https://blog.example/post/", CALL).in_main_content
    assert not {
        "https://blog.example/a/",
        "https://blog.example/give",
        "https://blog.example/abo/",
        "https://social.example/@me",
    } & set(desc.links)


def test_a_heading_inside_the_text_does_not_exclude_it():
    html = f'<html><body><article><h2>Why I blog</h2><p>{LONG} <a href="{CALL}">call</a></p></article></body></html>'
    assert check_link(html, "https://blog.example/post/", CALL).in_main_content


def test_wrapped_outgoing_link_counts_as_a_link_to_its_target():
    wrapped = "https://t.umblr.com/redirect?z=https%3A%2F%2Fparade.example%2Fp%2Fopen-call%2F&t=x"
    html = f'<html><body><article><p>{LONG} <a href="{wrapped}">the call</a></p></article></body></html>'
    assert check_link(html, "https://me.tumblr.com/post/1", CALL).in_main_content
    assert CALL in describe(html, "https://me.tumblr.com/post/1").links
    other = '<a href="https://www.google.com/search?q=blogs">search</a>'
    assert (
        "https://www.google.com/search?q=blogs"
        in describe(
            f"<html><body><article><p>{LONG} {other}</p></article></body></html>",
            "https://b.example/",
        ).links
    )


def test_meta_author_that_is_the_site_name_gives_way_to_the_byline():
    html = f"""<html><head><meta name="author" content="The Ledger"><meta property="og:site_name" content="The Ledger"></head>
    <body><main><h1>Headline</h1><div class="byline-block"><a href="/profile/ann">Ann Example</a></div><p>{LONG}</p></main></body></html>"""
    assert describe(html, "https://ledger.example/a").author_name == "Ann Example"


@pytest.mark.parametrize(
    "line, name",
    [
        ("By <strong>Tomás Reyes</strong>", "Tomás Reyes"),
        ("Posted on 9 March 2024 · by Jun Takeda · 3 minute read", "Jun Takeda"),
        ("<i>Geschrieben am 3. März 2024 von Uwe Brandt</i>", "Uwe Brandt"),
    ],
)
def test_author_from_a_visible_byline_after_the_headline(line, name):
    html = f'<html><body><header><h1><a href="/">Site</a></h1></header><h1>Post</h1><p>{line}</p><p>{LONG}</p></body></html>'
    assert describe(html, "https://blog.example/post/").author_name == name


def test_byline_in_comments_is_not_the_author():
    html = f'<html><body><article><h1>Post</h1><p>{LONG}</p></article><div id="comments"><span class="comment-author">Jo Commenter</span></div></body></html>'
    assert describe(html, "https://blog.example/post/").author_name == ""


def test_representative_hcard_outside_the_entry_is_the_author():
    html = f"""<html><body><div class="sidebar"><div class="h-card"><img class="u-photo" src="/me.jpg">
    <h3 class="p-name"><a class="u-url" rel="me" href="https://lena.example/">Lena Vogt</a></h3></div></div>
    <article class="h-entry"><h1 class="p-name">Post</h1><div class="e-content"><p>{LONG}</p></div></article></body></html>"""
    desc = describe(html, "https://lena.example/post/")
    assert (desc.author_name, desc.author_url, desc.author_photo) == (
        "Lena Vogt",
        "https://lena.example/",
        "https://lena.example/me.jpg",
    )


def test_unmarked_hcard_is_not_the_author():
    html = f'<html><body><div class="h-card"><span class="p-name">Some Venue</span></div><article><p>{LONG}</p></article></body></html>'
    assert describe(html, "https://blog.example/post/").author_name == ""


@pytest.mark.parametrize(
    "text, day",
    [
        ("Freitag, 27. November 2026", "2026-11-27"),
        ("March 3rd, 2024", "2024-03-03"),
        ("Posted on 9 March 2024", "2024-03-09"),
        ("27.11.2026, 06:00 Uhr", "2026-11-27"),
        ("Mar 15, 2024", "2024-03-15"),
        ("31. Februar 2024", None),
        ("no date here, 2024", None),
    ],
)
def test_parse_text_date(text, day):
    when = parse_text_date(text)
    assert (when.date().isoformat() if when else None) == day


def test_date_only_in_a_date_header():
    html = f"""<html><body><h2 class="date-header"><span>Freitag, 27. November 2026</span></h2>
    <div class="post hentry"><h3 class="entry-title">Post</h3><div class="entry-content"><p>{LONG}</p></div></div></body></html>"""
    assert describe(
        html, "https://x.blogspot.com/2026/11/post.html"
    ).published.date().isoformat() == ("2026-11-27")


def test_byline_line_is_not_the_summary():
    html = f"<html><body><h1>Post</h1><p>Geschrieben am 3. März 2024 von Uwe Brandt</p><p>{LONG}</p></body></html>"
    assert describe(html, "https://uwe.example/post.html").summary.startswith("A paragraph long")


def test_title_skips_an_h1_that_is_the_site_name():
    html = f'<html><head><title>Post title · My Site</title></head><body><h1><a href="/">My Site</a></h1><div><h1>Post title</h1><p>{LONG}</p></div></body></html>'
    assert describe(html, "https://site.example/post/").title == "Post title"


def test_headline_suffix_with_the_publication_name_is_dropped():
    html = """<html><head><meta property="og:site_name" content="Medium"><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Attention - The Cooperative", "publisher": {"@type": "Organization", "name": "The Cooperative"}}
    </script></head><body><article><p>Text</p></article></body></html>"""
    assert describe(html, "https://coop.example/attention-1").title == "Attention"


def test_plugin_audio_player_makes_a_podcast_plain_audio_does_not():
    player = '<div class="podlove-web-player"><audio controls><source src="/e1.mp3" type="audio/mpeg"></audio></div>'
    clip = '<figure class="wp-block-audio"><audio controls src="/birds.mp3"></audio></figure>'
    page = '<html><head><meta property="og:type" content="article"></head><body><article><p>{}</p>{}</article></body></html>'
    assert describe(page.format(LONG, player), "https://pod.example/e1/").kind == "podcast"
    assert describe(page.format(LONG, clip), "https://blog.example/birds/").kind == "article"


def test_short_status_in_another_language_than_the_server_default():
    html = """<html lang="en"><head><meta property="og:type" content="article">
    <meta property="og:title" content="Ole (@ole@norden.example)">
    <meta property="og:description" content="Warum ich blogge? Weil ich dort in Ruhe zu Ende denken kann, was hier nach drei Sätzen abbricht. Mein Beitrag zur Blogparade steht jetzt im Blog, der Aufruf ist hier.">
    <link rel="alternate" type="application/activity+json" href="https://norden.example/users/ole/statuses/1"></head>
    <body><div id="mastodon"><noscript>To use the Mastodon web application, please enable JavaScript. Alternatively, try one of the native apps for your platform.</noscript></div></body></html>"""
    desc = describe(html, "https://norden.example/@ole/1")
    assert (desc.kind, desc.language) == ("fediverse", "de")


def test_elementor_widgets_are_content_unless_they_say_otherwise():
    html = f"""<html><body>
    <div class="elementor elementor-location-single"><div class="elementor-element elementor-widget elementor-widget-theme-post-content">
    <div class="elementor-widget-container"><p>{LONG} <a href="{CALL}">the call</a></p></div></div>
    <div class="elementor-element elementor-widget elementor-widget-wp-widget-recent-posts"><div class="elementor-widget-container">
    <a href="https://blog.example/recent/">recent</a></div></div></div></body></html>"""
    desc = describe(html, "https://blog.example/post/")
    assert check_link(html, "https://blog.example/post/", CALL).in_main_content
    assert "https://blog.example/recent/" not in desc.links


def test_prose_aside_inside_the_post_is_part_of_it_link_list_aside_is_not():
    note = f'<aside class="note"><p>Note: this post is my answer to <a href="{CALL}">the blog parade</a>, open until the end of the month.</p></aside>'
    related = '<aside><p>Related</p><ul><li><a href="https://blog.example/a/">An older post</a></li></ul></aside>'
    html = f"<html><body><article><h1>Post</h1>{note}<p>{LONG}</p>{related}</article></body></html>"
    desc = describe(html, "https://blog.example/post/")
    assert check_link(html, "https://blog.example/post/", CALL).in_main_content
    assert "https://blog.example/a/" not in desc.links
    sidebar = f"<html><body><p>{LONG}</p>{note}</body></html>"
    assert not check_link(sidebar, "https://blog.example/post/", CALL).in_main_content


@pytest.mark.parametrize(
    "meta, name",
    [
        ("By Sarah Lin, Staff Writer", "Sarah Lin"),
        ("Von Anna Berger, Redakteurin", "Anna Berger"),
        ("Lin, Sarah", "Lin, Sarah"),
    ],
)
def test_byline_pasted_into_the_author_meta_is_cleaned(meta, name):
    html = f'<html><head><meta name="author" content="{meta}"></head><body><article><p>{LONG}</p></article></body></html>'
    assert describe(html, "https://news.example/a").author_name == name


def test_a_month_after_by_is_not_a_name():
    html = f"<html><body><h1>Plans</h1><p>By March 2024 the garden was done.</p><p>{LONG}</p></body></html>"
    assert describe(html, "https://blog.example/post/").author_name == ""


@pytest.mark.parametrize(
    "title, header",
    [
        ("Post title - My Site", '<a href="/"><h1>My Site</h1></a>'),
        (
            "My Site » Blog Archive » Post title",
            '<h1><a href="https://site.example/">My Site</a></h1>',
        ),
    ],
)
def test_title_part_named_by_a_home_linking_h1_is_the_site(title, header):
    html = f"<html><head><title>{title}</title></head><body>{header}<article><h2>Post title</h2><p>{LONG}</p></article></body></html>"
    assert describe(html, "https://site.example/post/").title == "Post title"


def test_authored_see_also_section_of_a_markdown_post_is_content():
    # Pandoc / Quarto wrap each section of a post in <section> with the heading's anchor id.
    html = f"""<html><body><main><article><section id="intro" class="level2"><h2 id="intro">Intro</h2><p>{LONG}</p></section>
    <section id="see-also" class="level2"><h2 id="see-also">See also</h2><p>This post answers <a href="{CALL}">the parade</a>.</p></section>
    </article></main></body></html>"""
    assert check_link(html, "https://blog.example/post/", CALL).in_main_content


def test_inline_read_also_teaser_is_not_content_a_labelled_sentence_is():
    teaser = '<div class="x"><span>Lesen Sie auch:</span> <a href="https://news.example/other/">Andere Meldung</a></div>'
    own = f'<p><strong>Related:</strong> this post answers <a href="{CALL}">the parade</a>, which asked why we blog.</p>'
    html = f"<html><body><article><p>{LONG}</p>{teaser}{own}<p>{LONG}</p></article></body></html>"
    desc = describe(html, "https://news.example/a")
    assert "https://news.example/other/" not in desc.links
    assert check_link(html, "https://news.example/a", CALL).in_main_content


# --- general rules found by the public corpora (make eval) --------------------------------


def test_a_double_hyphen_separates_the_site_name_too():
    html = """<html><head><title>Court files expose the team -- Sott.net</title>
    <meta property="og:site_name" content="Sott.net">
    <meta property="og:title" content="Court files expose the team -- Sott.net"></head>
    <body><article><p>Text of the article, long enough to be one.</p></article></body></html>"""
    assert describe(html, "https://sott.example/a").title == "Court files expose the team"
    # not a site's name: the headline keeps its dashes
    kept = html.replace("-- Sott.net", "-- and nobody noticed")
    assert describe(kept, "https://sott.example/a").title == (
        "Court files expose the team -- and nobody noticed"
    )


def test_entities_left_in_json_ld_are_read_as_text():
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Tom &amp; Jerry&apos;s day", "description": "North Korea&apos;s paper &#8212; Tom & co."}
    </script></head><body><article><p>Body.</p></article></body></html>"""
    desc = describe(html, "https://news.example/a")
    assert desc.title == "Tom & Jerry's day"
    assert desc.summary == "North Korea's paper — Tom & co."


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("在美国旧金山举行的中美元首会晤吸引了全世界的目光。多名外国专家告诉记者，合作共赢符合利益。", "zh"),
        ("東京で開かれた会議には、多くの専門家が参加しました。ここでは新しい計画について話し合われました。", "ja"),
        ("서울에서 열린 회의에는 많은 전문가들이 참석했습니다. 새로운 계획에 대해 논의했습니다.", "ko"),
    ],
)  # fmt: skip
def test_a_page_without_a_declared_language_is_told_by_its_script(text, code):
    html = (
        f"<html><head><title>x</title></head><body><article><p>{text}</p></article></body></html>"
    )
    assert describe(html, "https://asia.example/a").language == code


def test_a_few_foreign_characters_do_not_change_the_language():
    text = (
        "The word 会议 means meeting, and we used it in the title of this post about the "
        "conference that we all went to last week, where the talks were good and long. " * 3
    )
    html = (
        f"<html><head><title>x</title></head><body><article><p>{text}</p></article></body></html>"
    )
    assert describe(html, "https://blog.example/a").language == "en"
