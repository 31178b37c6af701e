"""Exports of a roundup: Markdown, HTML fragment, JSON, CSV — with hostile foreign titles."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup

from blogparade.contributions import roundup as service
from blogparade.syndication.tests.factories import make_contribution, make_parade

pytestmark = pytest.mark.django_db

HOSTILE = (
    "<script>alert(1)</script> [click](javascript:alert(2)) *bold* <img src=x onerror=alert(3)>"
)


@pytest.fixture
def roundup():
    parade = make_parade(title="Parade <b>one</b>")
    make_contribution(parade, title=HOSTILE, author_name="<i>Eve</i>", summary=HOSTILE,
                      url="https://eve.example/post?a=1&b=(2)")  # fmt: skip
    make_contribution(
        parade, title='=HYPERLINK("http://evil")', author_name="@cmd", summary="Plain."
    )
    r = service.draft_roundup(parade)
    r.intro = "Thanks **everyone**! <script>alert('intro')</script>"
    r.save()
    return r


def test_markdown_escapes_foreign_text(roundup):
    md = service.export_markdown(roundup)
    assert "<script>alert(1)" not in md
    assert "\\<script\\>" in md
    assert "\\[click\\](javascript:alert(2))" in md  # no link: its brackets are escaped
    assert "](https://eve.example/post?a=1&b=%282%29)" in md
    # The host's own intro is Markdown, kept as written.
    assert "Thanks **everyone**!" in md
    # Even a renderer that lets raw HTML through (as many blog engines do) makes nothing live
    # of the foreign text; only the host's intro is theirs to format.
    from markdown_it import MarkdownIt

    body = md.split("## ", 1)[1]
    soup = BeautifulSoup(MarkdownIt("commonmark", {"html": True}).render(body), "html.parser")
    assert not soup.find_all(["script", "img"])
    assert all(a["href"].startswith(("https://", "http://")) for a in soup.find_all("a"))
    assert not soup.find_all("em")  # *bold* stayed literal


def test_html_fragment_is_escaped_and_scriptless(roundup):
    html = service.export_html(roundup)
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all(["script", "img", "style", "iframe"])
    assert not any(attr.startswith("on") for tag in soup.find_all(True) for attr in tag.attrs)
    links = [a.get_text() for a in soup.select("li.h-cite a.u-url")]
    assert HOSTILE in links
    assert soup.find("strong").get_text() == "everyone"  # intro rendered, its script dropped
    assert "alert('intro')" not in html or "&lt;script&gt;" in html


def test_json_export_round_trips(roundup):
    data = json.loads(service.export_json(roundup))
    assert data["stats"]["contributions"] == 2
    assert [e["position"] for e in data["entries"]] == [1, 2]
    assert data["entries"][0]["title"] == HOSTILE
    assert "submitter_email" not in json.dumps(data)


def test_csv_export_neutralises_formulas(roundup):
    rows = list(csv.reader(io.StringIO(service.export_csv(roundup))))
    assert rows[0] == service.CSV_COLUMNS
    assert rows[1][1] == HOSTILE
    assert rows[2][1].startswith("'=HYPERLINK")
    assert rows[2][3] == "'@cmd"


def test_exports_of_empty_roundup():
    r = service.draft_roundup(make_parade())
    for fmt, export in service.EXPORTS.items():
        assert export(r), fmt
    assert json.loads(service.export_json(r))["entries"] == []
    assert "No contributions" in service.export_html(r)


def test_markdown_renders_clean_and_inert(roundup):
    """Rendered by a CommonMark renderer: no stray backslash in the text, no link, script
    or image from foreign text, and ordinary punctuation left alone in the Markdown."""
    from markdown_it import MarkdownIt

    roundup.intro = "Thanks, everyone."  # the host's own Markdown is theirs (tested above)
    roundup.save()
    md = service.export_markdown(roundup)
    html = MarkdownIt("commonmark").render(md)
    soup = BeautifulSoup(html, "html.parser")
    assert "\\" not in soup.get_text()
    assert not soup.find("script") and not soup.find("img")
    assert all(not a["href"].startswith("javascript") for a in soup.find_all("a"))
    assert "\\." not in md and "\\-" not in md  # "contributors." and dates stay readable


def test_every_export_of_a_german_parade_is_german(client):
    from django.utils import translation

    parade = make_parade(language="de", title="Warum bloggst du?")
    make_contribution(parade, title="Mein Beitrag", author_name="Anna")
    roundup = service.draft_roundup(parade)
    with translation.override("en"):  # the host's browser speaks English
        md = service.export_markdown(roundup)
        html = service.export_html(roundup)
        csv_text = service.export_csv(roundup)
    assert "## Statistik" in md and "## Beiträge" in md
    assert "Statistics" not in md and "Statistics" not in html and "Roundup:" not in md
    assert csv_text.splitlines()[0]  # a header row (column names are data keys)


BLOCK = __import__("re").compile(r"<!-- (/?)wp:([a-z][a-z0-9/-]*)( \{.*?\})? (/?)-->")


def parse_blocks(markup: str) -> list[dict]:
    """The block tree as WordPress's block parser reads it: comment delimiters nest, every
    opened block is closed, and nothing but whitespace sits between top-level blocks."""
    stack: list[dict] = [{"name": None, "inner": []}]
    position = 0
    for match in BLOCK.finditer(markup):
        between = markup[position : match.start()]
        if len(stack) == 1:
            assert not between.strip(), f"freeform content outside blocks: {between[:80]!r}"
        closing, name, attrs, void = match.groups()
        if closing:
            block = stack.pop()
            assert block["name"] == name, (block["name"], name)
            stack[-1]["inner"].append(block)
        elif void:
            stack[-1]["inner"].append({"name": name, "inner": []})
        else:
            if attrs:
                json.loads(attrs)
            stack.append({"name": name, "inner": []})
        position = match.end()
    assert len(stack) == 1, f"unclosed: {stack[-1]['name']}"
    assert not markup[position:].strip()
    return stack[0]["inner"]


def test_wordpress_block_markup_parses_as_blocks(roundup):
    """The "HTML for WordPress" export pasted as one Classic block; the block markup pastes
    as blocks."""
    roundup.intro = "Thanks **everyone**!\n\n- first\n- second\n\n> a quote"
    roundup.save()
    markup = service.export_blocks(roundup)
    tree = parse_blocks(markup)
    names = [b["name"] for b in tree]
    assert names[:4] == ["paragraph", "list", "quote", "paragraph"]
    assert "heading" in names and names.count("list") >= 2
    entries = next(b for b in tree[4:] if b["name"] == "list")
    assert {b["name"] for b in entries["inner"]} == {"list-item"} and len(entries["inner"]) == 2
    soup = BeautifulSoup(markup, "html.parser")
    assert not soup.find_all(["script", "img"])
    assert all(not a["href"].startswith("javascript") for a in soup.find_all("a"))
    assert 'href="https://eve.example/post?a=1&amp;b=(2)"' in markup


def test_wordpress_blocks_of_a_german_parade_are_german(client):
    from django.utils import translation

    parade = make_parade(language="de", title="Warum bloggst du?")
    make_contribution(parade, title="Mein Beitrag", author_name="Anna")
    roundup = service.draft_roundup(parade)
    with translation.override("en"):
        markup = service.export_blocks(roundup)
    assert '<h2 class="wp-block-heading">Beiträge</h2>' in markup
    assert "Contributions" not in markup
    parse_blocks(markup)


def test_the_roundup_thanks_everyone_by_name(client):
    """A thank-you list of everyone by name (issue #11), in the parade's language."""
    from django.utils import timezone, translation

    parade = make_parade(language="de", title="Warum bloggst du?")
    make_contribution(parade, author_name="Anna")
    make_contribution(parade, author_name="Ben")
    make_contribution(parade, author_name="anna")  # the same person, once
    make_contribution(parade, author_name="Cleo")
    roundup = service.draft_roundup(parade)
    with translation.override("en"):
        md = service.export_markdown(roundup)
        blocks = service.export_blocks(roundup)
    sentence = "Danke an alle, die mitgemacht haben: Anna, Ben und Cleo."
    assert sentence in md and sentence in blocks
    roundup.published_at = timezone.now()
    roundup.save()
    page = client.get(f"/p/{parade.slug}/roundup/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Thank you to everyone who took part: Anna, Ben and Cleo." in page
