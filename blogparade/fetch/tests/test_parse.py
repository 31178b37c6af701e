"""One parse per page: a Document shared by check_link() and describe() gives exactly what the
str/bytes callers get, and microformats read from the reduced h-entry match mf2py's reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blogparade.fetch import parse as parse_module
from blogparade.fetch.extract import check_link, describe
from blogparade.fetch.parse import Document, element_text

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "corpus"
CALL = "https://parade.example/p/open-call/"
URL = "https://blog.example/2026/post/"


def corpus_pages():
    for meta in sorted(CORPUS.glob("*.json")):
        yield meta.stem, meta.with_suffix(".html").read_bytes(), json.loads(meta.read_text())


@pytest.mark.parametrize("name", [name for name, _, _ in corpus_pages()])
def test_a_shared_document_answers_like_fresh_parses(name):
    html, expected = next((h, e) for n, h, e in corpus_pages() if n == name)
    url, call = expected["url"], expected["call"]
    doc = Document(html, url)
    shared_check = check_link(doc, url, call)
    shared = describe(doc, url)
    assert shared_check == check_link(html, url, call)
    assert shared.as_json() == describe(html, url).as_json()
    assert shared.canonical == describe(html.decode("utf-8", "replace"), url).canonical


def test_the_page_is_parsed_once_for_every_question(monkeypatch):
    calls = []
    real = parse_module.parse
    monkeypatch.setattr(parse_module, "parse", lambda text: calls.append(1) or real(text))
    html = f'<html><body><article class="h-entry"><h1 class="p-name">Hi</h1><div class="e-content"><p>Answer to <a href="{CALL}">the call</a>.</p></div></article></body></html>'
    doc = Document(html, URL)
    check_link(doc, URL, CALL)
    check_link(doc, URL, "https://elsewhere.example/")
    describe(doc, URL)
    assert len(calls) == 1


def test_microformats_inside_e_content_still_count():
    html = f"""<html><body><article class="h-entry">
      <a class="p-author h-card" href="https://ann.example/"><img src="/me.jpg" alt="">Ann Author</a>
      <div class="e-content"><p>Replying to <a class="u-in-reply-to" href="{CALL}">the call</a>:
      <em>yes</em>.</p><script>var noise = 1;</script><p>More <img src="/x.png" alt="words"> here.</p></div>
      <time class="dt-published" datetime="2026-03-01T10:00:00+01:00">1 March</time>
    </article></body></html>"""
    doc = Document(html, URL)
    check = check_link(doc, URL, CALL)
    assert check.found and check.in_main_content and check.mention_type == "reply"
    entry = doc.mf2_entry()
    content = entry["properties"]["content"][0]
    assert content["value"] == "Replying to the call: yes. More words here."
    assert "dom" not in content
    import mf2py

    whole = mf2py.parse(doc=html, url=URL, html_parser="lxml")["items"][0]["properties"]
    assert " ".join(whole["content"][0]["value"].split()) == content["value"]
    assert whole["in-reply-to"] == entry["properties"]["in-reply-to"]
    assert whole["author"][0]["properties"] == entry["properties"]["author"][0]["properties"]
    desc = describe(doc, URL)
    assert desc.author_name == "Ann Author"
    assert desc.author_url == "https://ann.example/"
    assert desc.published.isoformat() == "2026-03-01T10:00:00+01:00"


def test_nested_h_card_in_content_and_classic_hentry():
    html = """<html><body><div class="hentry"><h2 class="entry-title">Classic title</h2>
      <span class="author vcard"><a class="url fn" href="https://old.example/">Old School</a></span>
      <abbr class="published" title="2025-12-24T08:00:00Z">Christmas Eve</abbr>
      <div class="entry-content"><p>A classic post with a long enough body for the summary.</p></div>
    </div></body></html>"""
    desc = describe(Document(html, URL), URL)
    assert desc.title == "Classic title"
    assert desc.author_name == "Old School"
    assert desc.published.isoformat() == "2025-12-24T08:00:00+00:00"
    assert desc.summary.startswith("A classic post")


def test_element_text_stops_near_its_limit():
    doc = Document("<div>" + "<p>word word word</p>" * 2000 + "</div>", URL)
    text = element_text(doc.tree.find(".//div"), URL, limit=500)
    assert 400 <= len(text) < 700


def test_pages_without_microformats_never_reach_mf2py(monkeypatch):
    import mf2py

    monkeypatch.setattr(mf2py, "parse", lambda **kw: pytest.fail("mf2py was called"))
    html = f"<html><body><article><p>Answer to <a href='{CALL}'>the call</a>.</p></article></body></html>"
    doc = Document(html, URL)
    assert check_link(doc, URL, CALL).mention_type == "mention"
    assert doc.mf2_entry() is None


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii <p>text</p>\n\t\r",
        "ascii with a NUL\x00 and a bell\x07 and DEL\x7f",
        "Hällo — wörld 😀",
        "non-ascii with a control \x1f — é",
        "a lone surrogate \ud800 — é",
        "non-characters \ufffe and \uffff",
        "",
    ],
)
def test_control_characters_are_removed_only_when_present(text):
    from blogparade.fetch.dom import _CONTROL, _has_control, _without_control

    assert _without_control(text) == _CONTROL.sub("", text)
    assert _has_control(text) == bool(_CONTROL.search(text))


def test_a_page_with_control_characters_still_parses():
    from blogparade.fetch.dom import parse

    tree = parse("<html><body><p>be\x00fore\x07 after\ud800</p></body></html>")
    assert tree.text_content() == "before after"


def test_links_to_a_target_on_another_host_are_found_without_resolving_every_link():
    from blogparade.fetch.extract import _anchors_to, _resolved_anchors

    hrefs = [
        "https://parade.example/p/open-call/",
        "https://parade.example/p/open-call/#frag",
        "HTTPS://parade.example/p/open-call/",
        "//parade.example/p/open-call/",
        "https://parade.exa\tmple/p/open-call/",
        " https://parade.example/p/open-call/\n",
        "http://parade.example/p/open-call/",
        "https://parade.example/p/other/",
        "https://Parade.example/p/open-call/",
        "/p/open-call/",
        "../p/open-call/",
        "http:/p/open-call/",
        "https:p/open-call/",
        "",
        "#top",
        "javascript:alert(1)",
        "https://[broken/",
    ]
    html = "<html><body>" + "".join(f'<a href="{h}">x</a>' for h in hrefs) + "</body></html>"
    for url in (URL, "https://parade.example/2026/post/", "http://blog.example/"):
        for target in (
            CALL,
            "http://parade.example/p/open-call/",
            "https://blog.example/p/open-call/",
        ):
            wanted = target
            lazy = _anchors_to(Document(html, url), url, wanted)
            eager = [a for u, a in _resolved_anchors(Document(html, url), url) if u == wanted]
            assert [a.get("href") for a in lazy] == [a.get("href") for a in eager]
    doc = Document(html, URL)
    assert len(_anchors_to(doc, URL, CALL)) == 6


def test_element_text_stops_near_its_limit_tails_included():
    doc = Document("<div>" + "<b>bold</b> tail text here " * 2000 + "</div>", URL)
    text = element_text(doc.tree.find(".//div"), URL, limit=500)
    assert 400 <= len(text) < 700
    assert text.startswith("bold tail text here bold")


TRICKY_ENTRIES = [
    # nested e-* inside a kept h-cite, an e-* dropped with its parent's text, tails everywhere
    '<div class="h-entry"><div class="e-content">a<div class="h-cite"><p class="e-content">x'
    '<b class="p-name">n</b>y<a class="u-in-reply-to" href="/x">l</a></p>t</div>q'
    '<span class="e-summary">s<i class="p-x">z</i></span><div><p class="e-lost">gone</p></div>'
    "</div>tail</div>",
    # classic entry that is itself an e-* element, rel=tag / rel=bookmark kept
    '<div class="hentry e-content">x<span class="entry-title">t</span>y<div class="entry-content">'
    'c<a rel="tag" href="/t">tag</a><a rel="bookmark" href="/b">b</a></div></div>',
    # a tag lxml will not build by name: the deep copy is used
    '<div class="h-entry"><foo:bar class="e-content">x<a class="u-like-of" href="/l">l</a>'
    "</foo:bar></div>",
    # odd attributes, a forged mark, valueless attributes, comments (dropped by the parser)
    '<div class="h-entry" data-blogparade-e="9" itemscope><div class="e-content" '
    'data-blogparade-e="z" xml:lang="de" a"b="1" hidden checked>x<!-- c --><a class="u-like-of" '
    'href="/l">l</a>tail</div><p>p<img class="u-photo" src="/i.png" alt></p></div>',
    # e-* below plain wrappers, two of them
    '<article class="h-entry"><div><div class="e-content">x<div class="e-other">y'
    '<span class="p-q">q</span></div></div></div><div class="e-content">2</div></article>',
]


def _entry_markups():
    for _name, html, expected in corpus_pages():
        yield html, expected["url"]
    for html in TRICKY_ENTRIES:
        yield f"<html><body>{html}</body></html>", URL


def _mf2(fragment: str) -> list:
    import mf2py

    return mf2py.parse(doc=f"<html><body>{fragment}</body></html>", url=URL, html_parser="lxml")[
        "items"
    ]


def _without_unread(items: list) -> list:
    """mf2 items without the classic properties a classic entry's fragment leaves out."""
    for item in items:
        if "h-entry" in item.get("type", []):
            for name in ("category", "updated"):
                item.get("properties", {}).pop(name, None)
    return items


def test_the_entry_fragment_is_what_the_deep_copy_gives():
    """The entry is handed to mf2py as rebuilt markup instead of a reduced deep copy: mf2py's
    parser reads both the same way (an attribute without a value is '' in both), with the same
    original element behind each mark. A classic entry's fragment keeps only its microformat
    elements: different markup, the same microformats."""
    from bs4 import BeautifulSoup

    compared = classic_compared = 0
    for html, url in _entry_markups():
        doc = Document(html, url)
        for entry in parse_module._top_level_entries(doc.entry_elements()):
            for classic in (False, True):
                copied: list = []
                rebuilt: list = []
                old = parse_module._copied_fragment(entry, classic, copied)
                new = parse_module._entry_fragment(entry, classic, rebuilt)
                assert rebuilt == copied
                if classic:
                    assert _without_unread(_mf2(new)) == _without_unread(_mf2(old)), html[:300]
                    classic_compared += 1
                    continue
                soups = [
                    BeautifulSoup(f"<html><body>{f}</body></html>", "lxml") for f in (old, new)
                ]
                assert str(soups[0]) == str(soups[1])
                assert [t.attrs for t in soups[0].find_all()] == [
                    t.attrs for t in soups[1].find_all()
                ]
                compared += 1
    assert compared >= len(TRICKY_ENTRIES) + 8
    assert classic_compared == compared


def test_a_classic_entry_is_handed_over_as_its_microformats_only():
    html = (
        '<html><body><article class="post hentry"><header><div class="wrap"><h1 class="entry-title">'
        'Title <em>here</em></h1><nav><a href="/prev">Previous</a></nav></div></header>'
        '<p>Loose text</p><div class="meta">By <span class="author vcard"><a class="url fn" '
        'href="https://sam.example/">Sam</a></span> on <time class="published" '
        'datetime="2026-01-02">2 Jan</time></div><div class="entry-content"><p>Body '
        '<a href="https://x.example/">link</a></p></div>'
        '<div id="comments"><ol class="comment-list"><li><span class="comment-author vcard">'
        '<b class="fn">Jo</b></span> nice</li></ol></div></article></body></html>'
    )
    doc = Document(html, URL)
    entry = doc.entry_elements()[0]
    originals: list = []
    fragment = parse_module._entry_fragment(entry, True, originals)
    for gone in ("Previous", "Loose text", "Jo", "nice", "By ", "comment"):
        assert gone not in fragment
    items = _mf2(fragment)
    props = items[0]["properties"]
    assert props["name"] == ["Title here"]
    assert props["published"] == ["2026-01-02"]
    assert props["author"][0]["properties"]["name"] == ["Sam"]
    assert "children" not in items[0]  # the commenter's vcard is not a child of the post
    assert [o.get("class") for o in originals] == ["entry-content"]


def test_reactions_shown_in_the_entry_are_left_out():
    likes = "".join(
        f'<a class="u-like h-card" href="https://fan{k}.example/"><img class="u-photo" '
        f'src="/a{k}.png" alt="Fan {k}"></a>'
        for k in range(30)
    )
    html = (
        '<html><body><article class="h-entry"><h1 class="p-name">Liked post</h1>'
        '<a class="u-like-of" href="https://other.example/post">I like this</a>'
        f'<div class="e-content">Body</div><div class="facepile">{likes}</div>'
        '<div class="u-comment h-cite"><span class="p-author h-card">Jo</span> said hi</div>'
        "</article></body></html>"
    )
    doc = Document(html, URL)
    fragment = parse_module._entry_fragment(doc.entry_elements()[0], False, [])
    assert "fan1.example" not in fragment and "Jo" not in fragment
    props = doc.mf2_entry()["properties"]
    assert props["name"] == ["Liked post"]
    assert props["like-of"] == ["https://other.example/post"]  # the post's own like stays
    assert "like" not in props and "comment" not in props


def test_comments_with_their_own_content_and_authors_are_left_out():
    comments = "".join(
        f'<li class="p-comment h-cite"><a class="p-author h-card" href="https://r{k}.example/">'
        f'Reader {k}</a><div class="e-content">Nice one {k}</div>'
        f'<time class="dt-published" datetime="2026-01-0{k + 1}">day</time></li>'
        for k in range(3)
    )
    html = (
        '<html><body><article class="h-entry"><h1 class="p-name">Post</h1>'
        '<a class="p-author h-card" href="https://me.example/">Me</a>'
        f'<div class="e-content">Body</div><ol class="comment-list">{comments}</ol>'
        "</article></body></html>"
    )
    doc = Document(html, URL)
    entry = doc.entry_elements()[0]
    assert [s.get("class") for s in parse_module._comment_sections(entry)] == ["comment-list"]
    props = doc.mf2_entry()["properties"]
    assert props["author"][0]["properties"]["name"] == ["Me"]
    assert "comment" not in props


def test_a_section_named_like_comments_that_holds_the_posts_reply_context_is_kept():
    html = (
        '<html><body><article class="h-entry"><div class="responses">In reply to '
        '<a class="u-in-reply-to" href="https://other.example/post">a post</a></div>'
        '<div class="e-content">My answer</div></article></body></html>'
    )
    doc = Document(html, URL)
    assert parse_module._comment_sections(doc.entry_elements()[0]) == set()
    assert doc.mf2_entry()["properties"]["in-reply-to"] == ["https://other.example/post"]


def test_a_comment_section_that_holds_the_post_itself_is_kept():
    html = (
        '<html><body><article class="h-entry"><div class="comments">'
        '<h1 class="p-name">Odd theme</h1><div class="e-content">Body</div></div>'
        "</article></body></html>"
    )
    doc = Document(html, URL)
    entry = doc.entry_elements()[0]
    assert parse_module._comment_sections(entry) == set()
    assert doc.mf2_entry()["properties"]["name"] == ["Odd theme"]


def test_main_content_with_the_documents_entries_is_main_content():
    """main_content() reuses the Document's h-entry / hentry elements (one XPath for both it
    and the microformats): the same elements its own XPath finds, so the same main content."""
    from blogparade.fetch.extract import _xpath_class, main_content

    own = f"//*[{_xpath_class('h-entry')} or {_xpath_class('hentry')}]"
    for html, url in _entry_markups():
        doc = Document(html, url)
        assert doc.entry_elements() == doc.tree.xpath(own)
        assert main_content(doc.tree, doc.entry_elements()) is main_content(doc.tree)
    doc = Document(
        '<p class="xh-entry">a</p><p class="h-entryx entry">b</p><p class="hentry">c', URL
    )
    assert [e.text for e in doc.entry_elements()] == ["c"]


CLASSY = (
    "<html><body class='h-entry'><div class='x-h-entry hentryx'>a</div>"
    "<div class='\th-entry\n e-content'>b<p class='entry-content  post-content' rel='tag'>c</p>"
    "<span rel='bookmark'>d</span><i class=''>e</i><b class='body markup'>f</b></div>"
    "<section class='H-ENTRY'>g</section><article class='post hentry'><p class='e-content'>h"
    "</p></article></body></html>"
)


def test_class_xpaths_on_the_attributes_find_what_the_element_tests_find():
    """Class tests run over the class attributes (``//@class[…]/..``), several times cheaper
    in libxml2 than over every element: the same elements, in the same order."""
    from blogparade.fetch.extract import _CONTENT_CLASSES, _with_classes, _xpath_class

    def old(axis: str, *names: str) -> str:
        return (
            f"{axis}["
            + " or ".join(
                "(" + " and ".join(_xpath_class(p) for p in n.split()) + ")" for n in names
            )
            + "]"
        )

    pages = [(html, url) for html, url in _entry_markups()] + [(CLASSY, URL)]
    for html, url in pages:
        doc = Document(html, url)
        tree = doc.tree
        assert tree.xpath(parse_module._ENTRY_XPATH) == tree.xpath(old("//*", "h-entry", "hentry"))
        assert tree.xpath(_with_classes("//*", "h-entry", "hentry")) == doc.entry_elements()
        for root in [tree, *tree.iter("body", "article", "div")]:
            assert root.xpath(parse_module._CLASS_OR_REL_XPATH) == root.xpath(
                "descendant-or-self::*[@class or @rel]"
            )
            for names in [("e-content", "entry-content"), *((n,) for n in _CONTENT_CLASSES)]:
                assert root.xpath(_with_classes("descendant::*", *names)) == root.xpath(
                    old(".//*", *names)
                )
    doc = Document(CLASSY, URL)
    assert [e.tag for e in doc.entry_elements()] == ["body", "div", "article"]


def test_links_mentioning_a_host_are_every_link_whose_href_could_reach_it():
    """libxml2 preselects the links check_link resolves for a target on another host: every
    href containing the host, or a tab or line break (urlsplit drops them), in page order."""
    from blogparade.fetch.extract import _anchors_mentioning, _anchors_to, _resolved_anchors

    hosts = ["parade.example", "o'hare.example", "bücher.example", "xn--bcher-kva.example", "a"]
    hrefs = [
        "https://parade.example/p/",
        "https://parade.exa\tmple/p/",
        "https://parade.exa\nmple/p/",
        "https://parade.exa\rmple/p/",
        "https://o'hare.example/",
        "https://bücher.example/x",
        "https://xn--bcher-kva.example/x",
        "https://PARADE.example/p/",
        "/p/",
        "",
    ]
    html = "<html><body>" + "".join(
        f"<p><a href='{h.replace(chr(39), '&#39;')}'>x</a><a>no href</a></p>" for h in hrefs
    )
    doc = Document(html + "</body></html>", URL)
    for host in hosts:
        expected = [
            a
            for a in doc.tree.iter("a")
            if a.get("href") is not None
            and (host in a.get("href") or any(c in a.get("href") for c in "\t\r\n"))
        ]
        assert _anchors_mentioning(doc, host) == expected
        wanted = f"https://{host}/p/"
        eager = [a for u, a in _resolved_anchors(Document(html, URL), URL) if u == wanted]
        assert [a.get("href") for a in _anchors_to(doc, URL, wanted)] == [
            a.get("href") for a in eager
        ]
    assert len(_anchors_mentioning(doc, "parade.example")) == 4


def _old_detect_language(text):
    """detect_language() as it read words before (regex only) and counted with Counter[...]."""
    from collections import Counter

    from blogparade.fetch.extract import _STOPSETS, _WORD

    words = _WORD.findall(text[:20_000].lower())
    if not words:
        return "", False
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in stop) for lang, stop in _STOPSETS.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_second, runner) = ranked[0], ranked[1]
    if top < 3:
        return "", False
    many = top >= 12 and top >= 2 * max(runner, 1)
    return best, many or (top >= 6 and top >= 4 * max(runner, 1))


def test_words_of_ascii_text_are_read_as_the_regex_reads_them():
    """detect_language() splits ASCII text with str.translate: the words _WORD finds."""
    import random

    from blogparade.fetch.extract import _WORD, _words, detect_language

    texts = ["".join(chr(c) for c in range(128)) * 3, "", "   ", "a", "Hello, World! x_y-z 42"]
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(128)] + list("äöüßéçñœİ")
    for _ in range(300):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))))
    for _name, html, _expected in corpus_pages():
        desc_doc = Document(html, URL)
        texts.append(desc_doc.tree.text_content())
    texts.append("The cat and the dog. " * 50 + "der die und das ist nicht " * 40)
    for text in texts:
        lowered = text.lower()
        assert _words(lowered) == _WORD.findall(lowered)
        assert detect_language(text) == _old_detect_language(text)


WHOLE_PAGE = (
    "<html><head><link rel='alternate' type='application/activity+json' href='/a.json'>"
    "<link rel='Canonical  alternate' href='/c1'><link rel=' canonical' href='/c2'>"
    "<link rel='enclosure' type='audio/mpeg' href='/e.mp3'><link rel='enclosure' type='video/x'>"
    "<link rel='author' href='/me'><script type='application/ld+json'>{}</script>"
    "<script>var x;</script></head><body><main><div role='main'>x</div></main>"
    "<section role=' main'>y</section><a rel='nofollow enclosure' type='audio/ogg' href='/e.ogg'>"
    "e</a><a href='/x' type='audio/x' rel='enclosures'>f</a><link href='/l'><a>no href</a>"
    "</body></html>"
)


def test_whole_page_xpaths_find_what_the_double_slash_forms_find():
    from blogparade.fetch import extract

    old = {
        extract._ACTIVITY_XPATH: "//link[@rel='alternate' and contains(@type, 'activity+json')]",
        extract._ENCLOSURE_XPATH: "//link[@rel='enclosure' and starts-with(@type, 'audio')]"
        " | //a[contains(concat(' ', @rel, ' '), ' enclosure ') and starts-with(@type, 'audio')]",
        extract._CANONICAL_XPATH: "//link[contains(concat(' ', normalize-space(@rel), ' '),"
        " ' canonical ')]/@href",
        extract._MAIN_XPATH: "//main | //*[@role='main']",
        extract._JSONLD_XPATH: "//script[@type]",
        extract._REL_LINKS_XPATH: "//a[@href] | //link[@href]",
    }
    pages = [html for html, _url in _entry_markups()] + [WHOLE_PAGE]
    for html in pages:
        tree = Document(html, URL).tree
        for new, former in old.items():
            assert tree.xpath(new) == tree.xpath(former)
    tree = Document(WHOLE_PAGE, URL).tree
    assert all(tree.xpath(new) for new in old)


def test_kind_reads_the_activity_link_only_where_the_path_calls_for_it():
    from blogparade.fetch.extract import _kind

    tree = Document(WHOLE_PAGE, URL).tree
    assert _kind(tree, "https://social.example/@ann/1234", {}, set(), WHOLE_PAGE) == "fediverse"
    assert _kind(tree, "https://social.example/about/", {}, set(), WHOLE_PAGE) == "podcast"
    plain = Document("<html><body><p>x</p></body></html>", URL).tree
    assert _kind(plain, "https://social.example/@ann/1234", {}, set(), "") == "article"


@pytest.mark.parametrize("name", [name for name, _, _ in corpus_pages()])
def test_descriptions_do_not_depend_on_how_much_more_article_text_is_read(name, monkeypatch):
    """_text_prefix() gives at least ``limit`` characters, more is allowed: a description reads
    no further, so reading twice the limit (as before) or a quarter more is the same."""
    from blogparade.fetch import extract

    html, expected = next((h, e) for n, h, e in corpus_pages() if n == name)
    url = expected["url"]
    now = describe(html, url)
    real = extract._text_prefix

    def twice(element, limit):
        text = extract._clean(" ".join(extract._readable_text(element)))
        assert real(element, limit)[: limit + 1] == text[: limit + 1]
        return text[: 2 * limit + 500] if len(text) > 2 * limit + 500 else text

    monkeypatch.setattr(extract, "_text_prefix", twice)
    assert describe(html, url) == now


def test_a_collapsed_start_decides_like_the_collapsed_whole():
    import random

    from blogparade.fetch.extract import _clean, _clean_startswith

    rng = random.Random(3)
    pieces = ["a", "b", "ab", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1f", "é", "x" * 40]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        whole = _clean(text)
        cut = rng.randint(0, len(whole) + 2)
        for prefix in {whole[:cut], whole[:cut] + "a", whole[:cut] + " b", "b" + whole[:cut]}:
            if prefix:
                assert _clean_startswith(text, prefix) == whole.startswith(prefix)


def test_a_classic_entry_on_a_list_item_keeps_what_its_inner_list_items_hold():
    """A classic entry's skeleton is re-parsed by mf2py's HTML parser: its microformat
    elements hoisted straight into an ``<li class="hentry">`` must not be list items that
    close the entry (an ``<li>`` start tag ends an open ``<li>``), losing the author and all
    that follows."""
    html = (
        '<html><body><ul class="hfeed"><li class="hentry">'
        '<h2 class="entry-title"><a rel="bookmark" href="/2026/post/">Title</a></h2>'
        '<ul class="meta"><li><abbr class="published" title="2026-01-02">2 Jan</abbr></li>'
        '<li class="author vcard"><a class="url fn" href="https://sam.example/">Sam</a></li></ul>'
        '<div class="entry-content"><p>Body <a href="https://x.example/">link</a></p></div>'
        "</li></ul></body></html>"
    )
    desc = describe(html, URL)
    assert desc.title == "Title"
    assert desc.author_name == "Sam"
    assert desc.author_url == "https://sam.example/"
    props = Document(html, URL).mf2_entry()["properties"]
    assert props["content"][0]["value"] == "Body link"
