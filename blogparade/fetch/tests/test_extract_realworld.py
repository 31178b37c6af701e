"""describe() on patterns that the held-out pages of tests/corpus (heldout-*) showed in
real engines' markup, each in a minimal page of its own."""

from __future__ import annotations

from blogparade.fetch.extract import check_link, describe

CALL = "https://parade.example/p/open-call/"
URL = "https://blog.example/post/"
PROSE = "A paragraph of the post itself, long enough to be the main text of this page. " * 2


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_every_update_of_a_live_blog_is_main_content():
    head = '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Live"}</script>'
    long_update = f"<article class='block'><p>{PROSE * 3}</p></article>"
    linked = f'<article class="block"><p>A reader wrote in about <a href="{CALL}">the call</a> and her answer.</p></article>'
    body = f'<main><div id="liveblog-body">{long_update}{linked}</div></main>'
    html = _page(body, head)
    assert check_link(html, URL, CALL).in_main_content
    # Without the live blog's declaration the longest article is the post, as before.
    assert not check_link(_page(body), URL, CALL).in_main_content


def test_previous_next_links_and_newsletter_signup_boxes_are_not_content():
    body = f"""<main><p>{PROSE} <a href="{CALL}">the call</a></p>
    <ul class="links-nextprev"><li><a href="/older/">Older post</a></li></ul>
    <section class="item-pagination item-pagination--prev-next"><a href="/next/">Next</a></section>
    <div class="NewsletterSignup"><h2>Opinion Today</h2><a href="/newsletters/">Sign up</a></div></main>"""
    links = describe(_page(body), URL).links
    assert links == [CALL]


def test_a_region_labelled_by_its_heading_is_the_sites_not_an_authored_section():
    body = f"""<article><p>{PROSE} <a href="{CALL}">the call</a></p>
    <section aria-labelledby="more-on-this"><h2 id="more-on-this">More on this story</h2><ul><li><a href="/other/">Other</a></li></ul></section>
    <section><h2 id="see-also">See also</h2><p>{PROSE} <a href="/mine/">my older post</a></p></section></article>"""
    links = describe(_page(body), URL).links
    assert "https://blog.example/other/" not in links
    assert "https://blog.example/mine/" in links


def test_an_aside_headed_newsletter_inside_the_article_is_not_content():
    body = f"""<article><p>{PROSE}</p><aside class="article-box"><h2>Newsletter: Was jetzt?</h2>
    <p>Der tägliche Überblick am Morgen, jeden Tag in Ihrem Postfach. <a href="/newsletter/">Hier anmelden</a></p></aside></article>"""
    assert describe(_page(body), URL).links == []


def test_an_author_box_in_the_content_is_not_content():
    # Simple Author Box appends itself to the_content, marked up as schema.org author.
    body = f"""<article class="hentry"><div class="entry-content"><p>{PROSE}</p>
    <div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author">
    <div class="saboxplugin-desc"><p>Kai bakes bread and takes part in <a href="{CALL}">the parade</a>.</p></div></div></div></article>"""
    html = _page(body)
    check = check_link(html, URL, CALL)
    assert check.found and not check.in_main_content
    assert CALL not in describe(html, URL).links


def test_parts_named_by_data_component_count_like_classes():
    body = f"""<article><p>{PROSE} <a href="{CALL}">the call</a></p>
    <div data-component="tags"><ul><li><a href="/topics/internet">Internet</a></li></ul></div></article>"""
    assert describe(_page(body), URL).links == [CALL]


def test_a_teaser_box_of_links_is_not_content_a_teaser_lead_of_prose_is():
    body = f"""<article><p class="article-teaser">{PROSE} <a href="{CALL}">the call</a></p>
    <p>{PROSE}</p><div class="c-pro-teaser"><a href="/pro/">More on this with Pro: try 30 days for free</a></div></article>"""
    assert describe(_page(body), URL).links == [CALL]
