"""One parse per page: :class:`Document` holds the decoded text and the lxml tree, and remembers
what :func:`~blogparade.fetch.extract.check_link` and :func:`~blogparade.fetch.extract.describe`
derive from them, so that verifying a mention parses the page once, however many questions
are asked of it.

Microformats are read with mf2py, but never over the whole page: only the page's ``h-entry``
(and classic ``hentry``) subtrees are handed to it, and inside them each ``e-*`` property
(``e-content`` …) is reduced to the microformat elements it contains (``u-in-reply-to`` links,
nested ``h-card`` …). The text value of such a property is then read from the lxml tree
itself — mf2py's way (scripts and styles dropped, images replaced by their ``alt``), its
first ``E_TEXT_LIMIT`` characters only, and without the ``html`` member (nothing here reads
it). The article text, usually most of the page, is thus never parsed a second time.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html

from .dom import parse, to_text

__all__ = ["Document", "as_document", "element_text"]

# Class names that mean something to a microformats parser: mf2 prefixes, and the classic
# (microformats 1) names mf2py maps to mf2 (hentry, entry-title, vcard, fn, published …).
_MF2_TOKEN = re.compile(r"^(?:h|p|u|dt|e)-[a-z0-9]+(?:-[a-z0-9]+)*$")
_CLASSIC_ROOTS = frozenset(
    [
        "hentry",
        "hfeed",
        "vcard",
        "adr",
        "geo",
        "hreview",
        "hreview-aggregate",
        "hproduct",
        "hrecipe",
        "hresume",
        "vevent",
    ]
)
_CLASSIC_TOKENS = _CLASSIC_ROOTS | frozenset(
    [
        "entry-title",
        "entry-content",
        "entry-summary",
        "published",
        "updated",
        "author",
        "category",
        "fn",
        "n",
        "url",
        "photo",
        "logo",
        "uid",
        "email",
        "tel",
        "note",
        "org",
        "nickname",
        "given-name",
        "family-name",
        "additional-name",
        "honorific-prefix",
        "honorific-suffix",
        "street-address",
        "extended-address",
        "locality",
        "region",
        "postal-code",
        "country-name",
        "label",
        "latitude",
        "longitude",
        "bday",
        "title",
        "role",
        "key",
        "sound",
        "agent",
        "summary",
        "description",
        "dtstart",
        "dtend",
        "duration",
        "location",
        "attendee",
        "contact",
        "organizer",
        "item",
        "reviewer",
        "rating",
        "dtreviewed",
        "best",
        "worst",
        "value",
        "value-title",
        "ingredient",
        "instructions",
        "yield",
        "experience",
        "education",
        "skill",
        "affiliation",
        "contact",
        "brand",
        "listing",
        "price",
        "identifier",
    ]
)
_ENTRY_XPATH = (
    # The class attributes are tested, not the elements (several times cheaper in libxml2),
    # and the plain substring test comes first: cheap, and it rules out almost every one.
    "//@class[contains(., 'entry')]"
    "[contains(concat(' ', normalize-space(.), ' '), ' h-entry ')"
    " or contains(concat(' ', normalize-space(.), ' '), ' hentry ')]/.."
)
# Elements with a class or a rel attribute, the same way (a union is in document order).
_CLASS_OR_REL_XPATH = "descendant-or-self::*/@class/.. | descendant-or-self::*/@rel/.."
_DROP_TEXT = frozenset({"script", "style", "template"})
_E_MARK = "data-blogparade-e"
# An e-* value is read for a title check, a first sentence and a summary: its start suffices.
E_TEXT_LIMIT = 5_000


# A post's own comment section, when a theme puts it inside the entry (most classic WordPress
# themes do), and the reactions to it: nothing read from the entry comes from there, and mf2py's classic-microformats
# parsing copies the elements below a classic root again for each property it finds — 200
# comments, each with its vcard, took it 3.5 s. Such sections are left out of what it gets.
_COMMENT_SECTION_TOKENS = frozenset(
    [
        "comments",
        "comment-list",
        "commentlist",
        "comments-area",
        "comments-section",
        "comment-section",
        "comments-list",
        "comments-wrapper",
        "comments-container",
        "post-comments",
        "article-comments",
        "comment-respond",
        "respond",
        "responses",
        "discussion",
        "disqus_thread",
        "webmentions",
        "webmention-list",
        # What others did with the post, as microformats properties of it (comments, likes,
        # reposts shown as h-cite / h-card "facepiles"): nothing here reads them, and 300
        # likes took mf2py 40 ms.
        "p-comment",
        "u-comment",
        "u-like",
        "p-like",
        "u-repost",
        "p-repost",
        "u-mention",
        "u-bookmark",
    ]
)
_COMMENT_SECTION_XPATH = (
    # Attributes tested, not elements (several times cheaper in libxml2); a union is in
    # document order. The exact tokens are checked in Python, on these few.
    "descendant::*/@class[contains(., 'omment') or contains(., 'espon')"
    " or contains(., 'iscussion') or contains(., 'ebmention') or contains(., '-like')"
    " or contains(., '-repost') or contains(., 'u-mention') or contains(., 'u-bookmark')]/.."
    " | descendant::*/@id[contains(., 'omment') or contains(., 'espon')"
    " or contains(., 'iscussion') or contains(., 'ebmention') or contains(., 'disqus')]/.."
)
# A section holding one of the entry's own properties that something here reads is kept: its
# name, content, summary, author, date, url, photo, and what it replies to, likes, reposts or
# bookmarks. A property of a microformat nested in the section (a comment's own h-cite with its
# e-content and author) belongs to that, not to the entry.
_ENTRY_OWN_TOKENS = frozenset(
    [
        "p-name",
        "e-content",
        "p-summary",
        "p-author",
        "dt-published",
        "u-url",
        "u-photo",
        "u-featured",
        "u-in-reply-to",
        "u-like-of",
        "u-repost-of",
        "u-bookmark-of",
        "entry-title",
        "entry-content",
        "entry-summary",
        "published",
        "author",
    ]
)
_ENTRY_OWN_XPATH = (
    "descendant-or-self::*/@class[contains(., 'p-') or contains(., 'e-')"
    " or contains(., 'u-') or contains(., 'dt-') or contains(., 'entry-')"
    " or contains(., 'published') or contains(., 'author')]/.."
    " | descendant-or-self::*/@rel[contains(., 'bookmark')]/.."
)


def _is_root(element: lxml.html.HtmlElement) -> bool:
    """Is ``element`` a microformat of its own (h-*, or a classic root)?"""
    return any(
        (t.startswith("h-") and _MF2_TOKEN.match(t)) or t in _CLASSIC_ROOTS
        for t in _class_tokens(element)
    )


def _holds_entry_property(section: lxml.html.HtmlElement) -> bool:
    """Does ``section`` hold a property of the entry it is in (see ``_ENTRY_OWN_TOKENS``)?"""
    for node in section.xpath(_ENTRY_OWN_XPATH):
        own = _ENTRY_OWN_TOKENS.intersection(_class_tokens(node)) or (
            "bookmark" in (node.get("rel") or "").lower().split()
        )
        if not own:
            continue
        ancestor = node.getparent() if node is not section else None
        while ancestor is not None and not _is_root(ancestor):
            if ancestor is section:
                ancestor = None
                break
            ancestor = ancestor.getparent()
        if ancestor is None and not (node is section and _is_root(section)):
            return True  # no microformat between it and the entry: the entry's own
    return False


def _comment_sections(entry: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """The outermost comment sections inside ``entry`` (see ``_COMMENT_SECTION_TOKENS``)."""
    sections: set[lxml.html.HtmlElement] = set()
    for node in entry.xpath(_COMMENT_SECTION_XPATH):
        tokens = f"{node.get('class') or ''} {node.get('id') or ''}".lower().split()
        if not _COMMENT_SECTION_TOKENS.intersection(tokens):
            continue
        parent = node.getparent()
        while parent is not None and parent is not entry and parent not in sections:
            parent = parent.getparent()
        if parent is not entry:
            continue  # inside a section already found
        if _holds_entry_property(node):
            continue  # odd markup: this "section" holds something of the post itself
        sections.add(node)
    return sections


def _inside(node: lxml.html.HtmlElement, sections: set, root: lxml.html.HtmlElement) -> bool:
    while node is not None and node is not root:
        if node in sections:
            return True
        node = node.getparent()
    return False


def _drop(element: lxml.html.HtmlElement) -> None:
    """Remove ``element``, keeping the text that follows it."""
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


# Classic properties nothing here reads (describe() and check_link() use the name, author,
# dates published, summary, content, url and photo): a WordPress post's category and tag
# links and its "updated" date, each costing mf2py a dozen copies (and a new parser per tag).
_UNREAD_CLASSIC = frozenset(["category", "updated"])


def _unread_classic(element: lxml.html.HtmlElement) -> bool:
    """Is ``element`` in a classic entry only a category, a tag or an update date?"""
    tokens = _class_tokens(element)
    if any(
        _MF2_TOKEN.match(t) or (t in _CLASSIC_TOKENS and t not in _UNREAD_CLASSIC) for t in tokens
    ):
        return False
    return "bookmark" not in (element.get("rel") or "").lower().split()


def _class_tokens(element: lxml.html.HtmlElement) -> list[str]:
    return (element.get("class") or "").split()


def _is_mf(element: lxml.html.HtmlElement) -> bool:
    """Does a microformats parser look at this element (a class or a classic rel)?"""
    if not isinstance(element.tag, str):
        return False
    if any(_MF2_TOKEN.match(t) or t in _CLASSIC_TOKENS for t in _class_tokens(element)):
        return True
    rels = (element.get("rel") or "").lower().split()
    return "bookmark" in rels or "tag" in rels


def _is_embedded(element: lxml.html.HtmlElement, classic: bool) -> bool:
    tokens = _class_tokens(element)
    if any(t.startswith("e-") and _MF2_TOKEN.match(t) for t in tokens):
        return True
    return classic and ("entry-content" in tokens or "entry-summary" in tokens)


def element_text(element: lxml.html.HtmlElement, base: str = "", limit: int = 0) -> str:
    """The text of ``element`` as mf2py gives an ``e-*`` value: scripts, styles and templates
    dropped, an image replaced by its ``alt`` (else its absolute ``src``), paragraphs and
    ``<br>`` separated; white space runs collapsed to one space. With ``limit``, reading
    stops once about that many characters are collected."""
    parts: list[str] = []
    size = 0

    def add(piece: str) -> None:
        nonlocal size
        parts.append(piece)
        size += len(piece)

    def walk(node: lxml.html.HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _DROP_TEXT or (limit and size > limit):
            return
        if tag == "img":
            value = node.get("alt")
            if value is None and node.get("src") is not None:
                value = urljoin(base, node.get("src")) if base else node.get("src")
            if value is not None:
                add(f" {value} ")
            return
        if tag == "br":
            add("\n")
            return
        if tag == "p":
            add("\n")
        if node.text and tag:
            add(node.text)
        for child in node:
            if limit and size > limit:
                break  # the rest would be dropped by walk() anyway, but for the tails
            walk(child)
            if child.tail:
                add(child.tail)
        if tag == "p":
            add("\n")

    walk(element)
    return " ".join("".join(parts).split())


def _top_level_entries(entries: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """The ``entries`` (document order) not inside another of them."""
    chosen = set(entries)
    top = []
    for entry in entries:
        parent = entry.getparent()
        while parent is not None and parent not in chosen:
            parent = parent.getparent()
        if parent is None:
            top.append(entry)
    return top


def _reduce_embedded(element: lxml.html.HtmlElement) -> None:
    """Keep only the outermost microformat elements below ``element`` (whole), nothing else."""
    marked = [n for n in element.xpath(".//*[@class or @rel]") if _is_mf(n)]
    inside = set(marked)
    keep = []
    for node in marked:
        parent = node.getparent()
        while parent is not None and parent is not element and parent not in inside:
            parent = parent.getparent()
        if parent is element:
            keep.append(node)
    for child in list(element):
        element.remove(child)
    element.text = None
    for node in keep:
        node.tail = None
        element.append(node)


def _copied_fragment(
    entry: lxml.html.HtmlElement, classic: bool, originals: list[lxml.html.HtmlElement]
) -> str:
    """The entry as markup for mf2py: a deep copy, its ``e-*`` elements reduced in place and
    marked with their index in ``originals`` (where the original element is appended)."""
    clone = copy.deepcopy(entry)
    clone.tail = None
    sections = _comment_sections(entry)
    with_class = "descendant-or-self::*[@class]"
    pairs = [
        (o, c)
        for o, c in zip(entry.xpath(with_class), clone.xpath(with_class), strict=True)
        if _is_embedded(c, classic) and not _inside(o, sections, entry)
    ]
    dropped = [
        c
        for o, c in zip(entry.iter(), clone.iter(), strict=True)
        if o in sections  # the clone's copies of the comment sections
    ]
    for original, reduced in pairs:
        reduced.set(_E_MARK, str(len(originals)))
        originals.append(original)
    for section in dropped:
        _drop(section)
    for _original, reduced in pairs:
        _reduce_embedded(reduced)
    return lxml.html.tostring(clone, encoding="unicode")


def _entry_fragment(
    entry: lxml.html.HtmlElement, classic: bool, originals: list[lxml.html.HtmlElement]
) -> str:
    """What :func:`_copied_fragment` gives, without copying the article only to cut it away:
    the ``e-*`` elements and their ancestors are copied one by one (an ``e-*`` element keeps
    its outermost microformat elements, copied whole), everything else is copied whole. The
    markup is the same but for an attribute written without a value on a rebuilt element,
    which comes out as ``=""`` (parsers read both as ''); an element lxml will not build by
    name (``<foo:bar>``) falls back to the copy.

    A ``classic`` entry (``hentry``) gets less still: only its outermost microformat elements,
    whole, side by side under the entry, without those that are only a category, a tag or an
    update date (never read). mf2py reads nothing else of a classic root (it
    implies no properties there, and elements in between do not change what it finds), and
    its classic parsing copies every element below the root once per rule and level: a
    WordPress post's headers, wrappers and widgets made it 10-45 ms a page. mf2py's answer
    is the same but for those properties (tested over the corpus)."""
    sections = _comment_sections(entry)
    marked = entry.xpath(_CLASS_OR_REL_XPATH)
    if sections:
        left_out = {n for section in sections for n in section.iter()}
        marked = [n for n in marked if n not in left_out]
    embedded = [n for n in marked if _is_embedded(n, classic)]
    if not classic and not embedded and not sections:
        clone = copy.deepcopy(entry)
        clone.tail = None
        return lxml.html.tostring(clone, encoding="unicode")
    mf = {n for n in marked if _is_mf(n)}
    kept: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {n: [] for n in embedded}
    for node in marked:
        if node is entry or node not in mf:
            continue
        parent = node.getparent()
        while parent is not None and parent is not entry and parent not in mf:
            parent = parent.getparent()
        if parent in kept:
            kept[parent].append(node)
    # Rebuilt one by one: the e-* elements, the comment sections' parents and, in a classic
    # entry, the parents of its microformat elements — and all their ancestors.
    rebuilt = {entry}
    wanted = [*embedded, *(section.getparent() for section in sections)]
    if classic:
        wanted += [n.getparent() for n in mf if n is not entry]
    for node in wanted:
        while node is not None and node not in rebuilt:
            rebuilt.add(node)
            node = node.getparent()
    start = len(originals)

    def hoist(node: lxml.html.HtmlElement, into: lxml.html.HtmlElement) -> None:
        """Append the outermost microformat elements below ``node`` to ``into``, in document
        order and without the elements around them (a classic entry's skeleton is flat: mf2py
        copies each element once per level above it)."""
        for inner in node:
            if inner in sections:
                continue
            if inner in mf:
                if inner not in rebuilt and _unread_classic(inner):
                    continue  # nothing below it, and nothing of it is read
                child = build(inner) if inner in rebuilt else copy.deepcopy(inner)
                child.tail = None
                into.append(child)
            elif inner in rebuilt:
                hoist(inner, into)

    def build(node: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
        # A classic root's skeleton is a <div> whatever the entry's tag: what is hoisted into
        # it is re-parsed by mf2py, and an <li>, <p> or <tr> entry would be closed by the
        # first hoisted element its tag may not hold (mf2py reads nothing of a classic root's
        # own tag).
        tag = "div" if classic and node is entry else node.tag
        clone = node.makeelement(tag, node.attrib)
        if node in kept:
            clone.set(_E_MARK, str(len(originals)))
            originals.append(node)
            for inner in kept[node]:
                child = build(inner) if inner in rebuilt else copy.deepcopy(inner)
                child.tail = None
                clone.append(child)
            return clone
        if classic and node is entry:
            hoist(node, clone)
            return clone
        clone.text = node.text
        for inner in node:
            if inner in sections:
                if inner.tail:  # the text after a left-out section stays
                    last = clone[-1] if len(clone) else None
                    if last is not None:
                        last.tail = (last.tail or "") + inner.tail
                    else:
                        clone.text = (clone.text or "") + inner.tail
                continue
            if inner in rebuilt:
                child = build(inner)
                child.tail = inner.tail
            else:
                child = copy.deepcopy(inner)
            clone.append(child)
        return clone

    try:
        return lxml.html.tostring(build(entry), encoding="unicode")
    except (ValueError, TypeError):
        del originals[start:]
        return _copied_fragment(entry, classic, originals)


class Document:
    """A page parsed once. ``text`` is the decoded markup, ``tree`` its lxml document, ``url``
    where it was found (after redirects) and ``base`` the URL relative links resolve against
    (``<base href>`` honoured). ``memo`` caches what extraction derives from the tree."""

    def __init__(self, markup: str | bytes, url: str, content_type: str = "") -> None:
        self.text: str = to_text(markup, content_type)
        self.tree: lxml.html.HtmlElement = parse(self.text)
        self.url = url
        self.memo: dict[Any, Any] = {}
        self.base = self.base_for(url)

    def base_for(self, url: str) -> str:
        """The URL relative links of this page resolve against when it was found at ``url``."""
        key = ("base", url)
        if key not in self.memo:
            base = url
            element = self.tree.find(".//base[@href]")
            if element is not None:
                href = (element.get("href") or "").strip()
                try:
                    resolved = urljoin(url, href) if href else ""
                except ValueError:
                    resolved = ""
                if resolved and urlsplit(resolved).scheme in ("http", "https"):
                    base = resolved
            self.memo[key] = base
        return self.memo[key]

    def cached(self, key: Any, compute: Any) -> Any:
        """``compute()`` once per ``key``."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    def entry_elements(self) -> list[lxml.html.HtmlElement]:
        """Every element with the class ``h-entry`` or ``hentry``, in document order."""
        return self.cached("entries", lambda: self.tree.xpath(_ENTRY_XPATH))

    def mf2_entry(self, base: str | None = None) -> dict | None:
        """The page's h-entry as mf2 JSON (the one whose ``url`` is the page, else the richest),
        or None. Parsed from the entry subtrees only (see the module docstring)."""
        base = base or self.base
        return self.cached(("mf2", base), lambda: self._mf2_entry(base))

    def _mf2_entry(self, base: str) -> dict | None:
        if "h-entry" not in self.text and "hentry" not in self.text:
            return None
        top = _top_level_entries(self.entry_elements())
        if not top:
            return None
        originals: list[lxml.html.HtmlElement] = []
        fragments: list[str] = []
        for entry in top:
            classic = not any(_MF2_TOKEN.match(t) for t in _class_tokens(entry) if t[:2] == "h-")
            fragments.append(_entry_fragment(entry, classic, originals))
        try:
            import mf2py

            items = mf2py.parse(
                doc="<html><body>" + "".join(fragments) + "</body></html>",
                url=base,
                html_parser="lxml",
                expose_dom=True,
            ).get("items", [])
        except Exception:
            return None
        entries: list[dict] = []

        def fill(value: Any) -> Any:
            """Replace an exposed (reduced) e-* DOM by the text of the original element."""
            if isinstance(value, dict):
                dom = value.pop("dom", None)
                if dom is not None:
                    mark = dom.get(_E_MARK) if hasattr(dom, "get") else None
                    if mark is not None and mark.isdigit() and int(mark) < len(originals):
                        value["value"] = element_text(originals[int(mark)], base, E_TEXT_LIMIT)
                for key, inner in value.items():
                    value[key] = fill(inner)
            elif isinstance(value, list):
                return [fill(v) for v in value]
            return value

        def walk(nodes: list) -> None:
            for item in nodes:
                if not isinstance(item, dict):
                    continue
                if "h-entry" in item.get("type", []):
                    entries.append(item)
                walk(item.get("children", []))

        walk(items)
        if not entries:
            return None
        entries = [fill(e) for e in entries]
        page = urldefrag(base)[0].rstrip("/")
        for entry in entries:
            urls = entry.get("properties", {}).get("url", [])
            if any(isinstance(u, str) and urldefrag(u)[0].rstrip("/") == page for u in urls):
                return entry
        return max(entries, key=lambda e: len(json.dumps(e.get("properties", {}), default=str)))


def as_document(markup: str | bytes | Document, url: str) -> Document:
    """``markup`` itself when it is already a :class:`Document`, else a new one."""
    return markup if isinstance(markup, Document) else Document(markup, url)
