"""What a page is: :func:`describe` (title, author, date, summary, image, language, kind, links)
and :func:`check_link` (does it link to a target, and is that link in the main content?).

Sources in order of trust, field by field: microformats2 ``h-entry`` (mf2py, classic
``hentry`` included), then JSON-LD (schema.org Article and friends), then OpenGraph / Twitter
cards / ``<meta>``, then trafilatura's metadata and main-text extraction (given the markup,
never a URL: it never fetches). Nothing here touches the network.

The *main content* is the ``e-content`` of the page's h-entry, else the best ``<article>``
(on a live blog: all its update articles), else ``<main>`` / ``role=main``, else a known content
container, else the block with the most paragraph text. Inside it, navigation, header, footer,
asides, sidebars, widgets, sharing and related-post blocks, pagination, newsletter and teaser
boxes, author boxes (``itemprop=author``) and comment sections (``#comments``,
``.comment-list``, ``h-cite``, ``p-comment`` …) are not main content.
"""

from __future__ import annotations

import copy
import email.utils
import html as html_module
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import repeat
from typing import Any
from urllib.parse import parse_qs, urldefrag, urljoin, urlsplit

import lxml.etree
import lxml.html

from .dom import rel_tokens
from .parse import Document, as_document

KINDS = ("article", "fediverse", "bluesky", "video", "podcast")
SUMMARY_LENGTH = 300
# Language detection reads 20,000 characters; nothing else needs more of the article's text.
MAIN_TEXT_LIMIT = 20_000
# With a declared language (lang, og:locale, inLanguage …) detection only checks it on this much.
DECLARED_LANGUAGE_CHECK = 4_000

# --- the result types -----------------------------------------------------------------------

EXPLAINED = {
    "title", "author_name", "author_url", "author_photo", "published", "summary", "image",
    "language", "kind",
}  # fmt: skip


@dataclass
class Description:
    url: str
    title: str = ""
    author_name: str = ""
    author_url: str = ""
    author_photo: str = ""
    published: datetime | None = None  # timezone-aware
    summary: str = ""
    image: str = ""
    language: str = ""
    kind: str = "article"  # article | fediverse | bluesky | video | podcast
    links: list[str] = field(default_factory=list)  # absolute URLs of links in the main content
    canonical: str = ""  # rel=canonical absolute URL or ""
    # Where each field's value came from (``inspect --explain``): field → the step of
    # :func:`describe` that set it last ("microformats2 h-entry", "JSON-LD" …).
    sources: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    step: str = field(default="", repr=False, compare=False)

    def __setattr__(self, name: str, value: object) -> None:
        if (
            name in EXPLAINED
            and value
            and getattr(self, "step", "")
            and getattr(self, name, None) != value
        ):
            self.sources[name] = self.step
        object.__setattr__(self, name, value)

    def as_json(self) -> dict:
        """The ``blogparade inspect --json`` object (DESIGN.md contract)."""
        return {
            "url": self.url,
            "title": self.title,
            "author": {
                "name": self.author_name,
                "url": self.author_url,
                "photo": self.author_photo,
            },
            "published": self.published.isoformat() if self.published else None,
            "summary": self.summary,
            "image": self.image,
            "language": self.language,
            "kind": self.kind,
            "links": list(self.links),
        }


@dataclass
class LinkCheck:
    found: bool  # a real <a href> resolving to target exists anywhere
    in_main_content: bool  # ... and it is in the main content (not nav/sidebar/footer/comments)
    mention_type: str  # mention | reply | like | repost | bookmark


# --- small helpers --------------------------------------------------------------------------


def _clean(text: Any) -> str:
    if not isinstance(text, str):
        return ""
    return " ".join(text.split())  # str.split() splits on the same white space as \\s


def _clean_startswith(text: str, prefix: str) -> bool:
    """``_clean(text).startswith(prefix)``, white space collapsed only as far as needed: the
    collapsed start of ``text`` is the start of the collapsed whole (a word cut at the end is
    the start of that word), so once it is as long as ``prefix`` it decides."""
    start = _clean(text[: 2 * len(prefix) + 64])
    if len(start) >= len(prefix):
        return start.startswith(prefix)
    return _clean(text).startswith(prefix)


def _http(url: str) -> bool:
    try:
        return urlsplit(url).scheme in ("http", "https")
    except ValueError:
        return False


def _absolute(base: str, href: Any) -> str:
    if not isinstance(href, str) or not href.strip():
        return ""
    try:
        url = urljoin(base, href.strip())
    except ValueError:
        return ""
    return url if _http(url) else ""


_NOT_TEXT = {"script", "style", "noscript", "template"}


def _readable_text(element: lxml.html.HtmlElement) -> Iterator[str]:
    """The element's text in document order, without what scripts, style sheets and comments
    hold (a Blogger theme keeps its CSS and JavaScript in the body)."""
    for event, el in lxml.etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if isinstance(el.tag, str) and el.tag not in _NOT_TEXT and el.text:
                yield el.text
        elif el is not element and el.tail:
            yield el.tail


def _text_prefix(element: lxml.html.HtmlElement, limit: int) -> str:
    """The element's text, white space collapsed, at least its first ``limit`` characters
    (more is allowed): what a summary, a title and language detection read of a long article.
    A quarter more raw text than ``limit`` usually suffices (collapsing white space rarely
    takes more); when it does not, twice as much is read, and so on."""
    parts: list[str] = []
    size, check = 0, limit + limit // 4
    for piece in _readable_text(element):
        parts.append(piece)
        size += len(piece)
        if size >= check:
            text = _clean(" ".join(parts))
            if len(text) > limit:
                return text
            check *= 2
    return _clean(" ".join(parts))


def _shorten(text: str, limit: int = SUMMARY_LENGTH) -> str:
    text = _clean(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def _strip_html(value: str) -> str:
    if "<" not in value:
        return _clean(value)
    try:
        return _clean(lxml.html.fragment_fromstring(value, create_parent="div").text_content())
    except Exception:
        return _clean(re.sub(r"<[^>]+>", " ", value))


_TZ_COMPACT = re.compile(r"([+-]\d{2})(\d{2})$")


def parse_date(value: Any) -> datetime | None:
    """ISO 8601 (also with ``+0100`` and ``Z``), RFC 2822, or a bare date; aware (UTC if naive)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 64:
        return None
    candidates = [value, value.replace("Z", "+00:00"), _TZ_COMPACT.sub(r"\1:\2", value)]
    candidates.append(candidates[-1].replace(" ", "T", 1))
    when = None
    for candidate in candidates:
        try:
            when = datetime.fromisoformat(candidate)
            break
        except ValueError:
            continue
    if when is None:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if not 1990 <= when.year <= 2200:
        return None
    return when


# --- language detection (tiny stop-word vote; enough to tell en from de and friends) ----------

_STOPWORDS = {
    "en": [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "it",
        "for",
        "was",
        "on",
        "are",
        "with",
        "as",
        "this",
        "be",
        "at",
        "by",
        "have",
        "from",
        "or",
        "not",
        "but",
        "you",
        "what",
        "all",
        "were",
        "we",
        "when",
        "your",
        "can",
        "there",
        "an",
        "which",
        "their",
        "has",
        "will",
        "would",
        "about",
        "if",
    ],
    "de": [
        "der",
        "die",
        "und",
        "das",
        "ist",
        "nicht",
        "ich",
        "es",
        "zu",
        "den",
        "mit",
        "sich",
        "des",
        "auf",
        "für",
        "ein",
        "eine",
        "dem",
        "im",
        "auch",
        "als",
        "wie",
        "an",
        "wir",
        "sie",
        "aber",
        "noch",
        "nach",
        "bei",
        "oder",
        "wenn",
        "nur",
        "vom",
        "zum",
        "zur",
        "sind",
        "war",
        "hat",
        "über",
        "einen",
        "mich",
        "mir",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "et",
        "des",
        "est",
        "une",
        "que",
        "pour",
        "dans",
        "qui",
        "pas",
        "sur",
        "au",
        "avec",
        "ce",
        "il",
        "du",
        "elle",
        "sont",
        "mais",
        "nous",
        "vous",
        "cette",
        "aux",
        "ou",
    ],
    "es": [
        "el",
        "la",
        "los",
        "las",
        "y",
        "que",
        "de",
        "en",
        "un",
        "una",
        "es",
        "por",
        "con",
        "para",
        "no",
        "se",
        "del",
        "al",
        "lo",
        "como",
        "más",
        "pero",
        "sus",
        "le",
        "ya",
        "este",
    ],
    "it": [
        "il",
        "di",
        "che",
        "la",
        "è",
        "e",
        "per",
        "un",
        "una",
        "non",
        "sono",
        "del",
        "della",
        "con",
        "si",
        "le",
        "da",
        "gli",
        "ma",
        "come",
        "anche",
        "questo",
    ],
    "nl": [
        "de",
        "het",
        "een",
        "en",
        "van",
        "is",
        "dat",
        "niet",
        "op",
        "te",
        "met",
        "voor",
        "zijn",
        "er",
        "maar",
        "ook",
        "als",
        "bij",
        "dit",
        "wat",
        "nog",
        "aan",
    ],
    "pt": [
        "o",
        "a",
        "os",
        "as",
        "e",
        "de",
        "que",
        "do",
        "da",
        "em",
        "um",
        "uma",
        "para",
        "com",
        "não",
        "é",
        "se",
        "na",
        "no",
        "por",
        "mais",
        "dos",
        "das",
        "mas",
    ],
}
_STOPSETS = {lang: frozenset(words) for lang, words in _STOPWORDS.items()}
_ALL_STOPWORDS = frozenset().union(*_STOPSETS.values())
_WORD = re.compile(r"[a-zäöüßàâçéèêëîïôûùüÿñæœáíóúãõ]+")
# In ASCII text _WORD's letters are a-z: every other character only separates words.
_ASCII_NON_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not 97 <= c <= 122})


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)``; for ASCII text by translate and split (~2.5x faster)."""
    if text.isascii():
        return text.translate(_ASCII_NON_LETTERS).split()
    return _WORD.findall(text)


# Languages told by their script: (code, characters). Japanese before Chinese (it uses Han
# characters too, with kana); a text is taken to be in one of these when most of its letters
# are of that script.
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("my", re.compile(r"[\u1000-\u109f]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
)
_LETTER = re.compile(r"[^\W\d_]")


def _script_language(text: str) -> str:
    """The language a text's own script names (ja, ko, zh, th, my, he, el), or ''."""
    letters = len(_LETTER.findall(text))
    if letters < 20:
        return ""
    for code, script in _SCRIPTS:
        found = len(script.findall(text))
        if code == "ja" and found >= 0.1 * letters:
            return "ja"  # kana among Han characters: Japanese
        if found >= 0.5 * letters:
            return code
    return ""


def detect_language(text: str) -> tuple[str, bool]:
    """(language code or '', confident)."""
    script = _script_language(text[:5_000])
    if script:
        return script, True
    words = _words(text[:20_000].lower())
    if not words:
        return "", False
    counts = Counter(words)
    scores = {lang: sum(map(counts.get, stop, repeat(0))) for lang, stop in _STOPSETS.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_second, runner) = ranked[0], ranked[1]
    if top < 3:
        return "", False
    # Many stop words and twice the runner-up; or, in a short text (a toot), few but lopsided.
    many = top >= 12 and top >= 2 * max(runner, 1)
    return best, many or (top >= 6 and top >= 4 * max(runner, 1))


def _lang_code(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else ""


# --- main content ---------------------------------------------------------------------------

_EXCLUDED_TAGS = {
    "nav",
    "footer",
    "aside",
    "form",
    "header",
    "script",
    "style",
    "template",
    "noscript",
}
_EXCLUDED_ROLES = {"navigation", "complementary", "contentinfo", "banner", "search", "menu"}
_EXCLUDED_WORDS = (
    r"(?:comments?|comment-list|commentlist|comment-respond|respond|responses|discussion|"
    r"related(?:-posts?|-articles?)?|jp-relatedposts|share|shares|sharing|sharedaddy|share-buttons|"
    r"social|social-links|breadcrumbs?|nav|navbar|navigation|menu|site-nav|post-navigation|"
    r"pagination|paginav|masthead|colophon|secondary|subscribe|byline|post-meta|entry-meta|"
    r"newsletter|ads?|ad-slot|advert\w*|promo|cookie\w*|h-cite|p-comment|u-comment|u-like|u-repost|"
    r"author-bio|about-author|author-box|authorbox|author-card|tags|tag-list|post-tags|entry-tags|categories|toc|most-read|"
    r"most-popular|webmentions?|reactions?|likes?|reposts?)"
)
_EXCLUDED_PARTS = (
    # "comment", but not a post's state ("commented", "comments-open", "has-comments"): a
    # theme may set that on the article itself.
    r"sidebar|footer|header|(?<!has-)(?<!no-)comment(?!ed(?![\w-])|s?-(?:open|closed)(?![\w-]))|"
    r"related|share|paywall|\w-widget|widget[-_]|widgets|pagination|nextprev|prev-?next|"
    r"newsletter[-_]?(?:signup|sign-up|box|form|cta|promo|teaser|subscribe)"
)
# A class or id token that marks a non-content region: one of the words, or containing a part.
_EXCLUDED_TOKEN = re.compile(rf"^{_EXCLUDED_WORDS}$|{_EXCLUDED_PARTS}", re.IGNORECASE)
# The same over an element's names joined by spaces and lower-cased: one search instead of one
# per token, without IGNORECASE (both several times faster; _excluded runs on every ancestor).
_EXCLUDED_NAMES = re.compile(rf"(?<!\S){_EXCLUDED_WORDS}(?!\S)|{_EXCLUDED_PARTS}")
_CONTENT_CLASSES = (
    "entry-content",
    "post-content",
    "article-content",
    "article-body",
    "articlebody",
    "post-body",
    "entry-body",
    "post-entry",
    "gh-content",
    "post-full-content",
    "available-content",
    "body markup",
    "markup",
    "story-body",
    "content-body",
    "blog-post",
    "post-single",
    "elementor-widget-theme-post-content",
)


def _names(element: lxml.html.HtmlElement) -> str:
    """The names a page gives an element: class, id, and ``data-component`` (the part's name
    on sites whose class names are generated, BBC's ``data-component="tags"``)."""
    return (
        f"{element.get('class') or ''} {element.get('id') or ''} "
        f"{element.get('data-component') or ''}"
    )


def _tokens(element: lxml.html.HtmlElement) -> list[str]:
    return _names(element).split()


# A block whose first child is a heading like these is a list of other pages or an appeal,
# whatever its class names say.
_OTHER_PAGES_HEADING = re.compile(
    r"^(?:related\b|more on this|more from\b|more (?:stories|articles|posts)\b|read more$|see also|you (?:may|might) "
    r"also like|recommended|also read|mehr zum thema|mehr aus\b|weitere (?:beiträge|artikel)|"
    r"ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel)|das könnte (?:dich|sie) auch|"
    r"auch interessant|lesen sie auch|weiterlesen mit|(?:please )?support us\b|"
    r"unterstützen sie uns|subscribe (?:now|today)|jetzt abonnieren)",
    re.IGNORECASE,
)


def _labelled_other_pages(element: lxml.html.HtmlElement) -> bool:
    if element.tag not in ("section", "div", "p", "aside") or not len(element):
        return False
    first = element[0]
    if first.tag in ("span", "strong", "b", "em") and not (element.text or "").strip():
        return _inline_teaser(element, _clean(first.text_content()))
    if element.tag == "p" or first.tag not in ("h2", "h3", "h4"):
        return False
    # An authored section ("See also" in a Markdown post) has an id for its anchor link; a
    # page region labelled by its heading (aria-labelledby) is the site's, id or not.
    heading_id = first.get("id")
    if heading_id and element.get("aria-labelledby") != heading_id:
        return False
    heading = _clean(first.text_content())[:80]
    if _OTHER_PAGES_HEADING.search(heading):
        return True
    # A newsletter appeal is a short box; a post's own section on newsletters is longer.
    return _APPEAL_HEADING.search(heading) is not None and len(_text_prefix(element, 500)) <= 500


_APPEAL_HEADING = re.compile(r"^newsletter\b", re.IGNORECASE)


def _inline_teaser(element: lxml.html.HtmlElement, label: str) -> bool:
    """A one-line "Lesen Sie auch: <a>…</a>" / "Related: <a>…</a>" teaser inside an article:
    a label, then (almost) nothing but the link. A sentence after such a label is the post's."""
    if not label.endswith(":") or len(label) > 40 or not _OTHER_PAGES_HEADING.search(label):
        return False
    text = _text_prefix(element, 250)
    links = sum(len(_clean(a.text_content())) for a in element.iter("a"))
    return len(text) <= 250 and links >= 0.6 * (len(text) - len(label))


def _excluded(element: lxml.html.HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag in _EXCLUDED_TAGS:
        return not _wraps_the_page(element)
    if (element.get("role") or "").lower() in _EXCLUDED_ROLES:
        return True
    # A schema.org author (a byline, an author box with bio and links) is about the writer.
    itemprop = element.get("itemprop")
    if itemprop is not None and "author" in itemprop.split():
        return True
    names = _builder_token(_names(element).lower())
    match = _EXCLUDED_NAMES.search(names)
    if match is not None and match.group(0) == "header" and _holds_an_article(element):
        # Named after a header only (ESPN wraps its content in "#subheader"), yet holding an
        # article's paragraphs: a wrapper, not the page's header.
        match = _EXCLUDED_NAMES.search(names.replace("header", "-"))
    return (
        match is not None
        or _labelled_other_pages(element)
        or (_TEASER_TOKEN.search(names) is not None and _link_dominated(element))
    )


def _holds_an_article(element: lxml.html.HtmlElement) -> bool:
    """Three paragraphs of more than 80 characters: more prose than a header, a navigation
    bar or a form ever holds."""
    return len(element.xpath(".//p[string-length() > 80]")) >= 3


def _wraps_the_page(element: lxml.html.HtmlElement) -> bool:
    """A ``<form>`` that is the page: ASP.NET wraps a whole page's body in one (``<form
    id="aspnetForm">``). Such a form is a direct child of ``<body>`` and holds the page's
    headline or its paragraphs; a comment or search form holds neither."""
    if element.tag != "form":
        return False
    parent = element.getparent()
    if parent is None or parent.tag != "body":
        return False
    return element.find(".//h1") is not None or _holds_an_article(element)


# A news site's teaser or promo box: a link to another page (or an offer) set in the article.
# The name alone does not decide: "article-teaser" may also be the article's own lead.
_TEASER_TOKEN = re.compile(r"teaser|promo")  # searched in lower-cased names


def _link_dominated(element: lxml.html.HtmlElement) -> bool:
    text = _text_prefix(element, 400)
    if not text or len(text) > 400:
        return False
    links = sum(len(_clean(a.text_content())) for a in element.iter("a"))
    return links >= 0.6 * len(text)


def _builder_token(token: str) -> str:
    """Elementor calls every block a widget (``elementor-widget-theme-post-content``,
    ``elementor-widget-container``); only what follows says what it is."""
    return token.replace("elementor-widget", "elementor") if "elementor-w" in token else token


def _xpath_class(name: str, attribute: str = "@class") -> str:
    # The plain substring test first: it is cheap and rules out almost every element.
    return (
        f"(contains({attribute}, '{name}') and "
        f"contains(concat(' ', normalize-space({attribute}), ' '), ' {name} '))"
    )


def _with_classes(axis: str, *names: str) -> str:
    """XPath: the elements on ``axis`` with a class name of ``names`` (each a space-separated
    set of class names that must all be present). The class attributes themselves are tested
    (``axis/@class[…]/..``): libxml2 does that several times faster than testing ``@class``
    on every element, and it gives the same elements in the same (document) order."""
    condition = " or ".join(
        "(" + " and ".join(_xpath_class(part, ".") for part in name.split()) + ")" for name in names
    )
    return f"{axis}/@class[{condition}]/.."


def _text_len(element: lxml.html.HtmlElement) -> int:
    return len(_clean(element.text_content()))


def _main_text_len(element: lxml.html.HtmlElement) -> int:
    """The prose below ``element`` outside excluded regions: its paragraphs, list items,
    quotes, and the text that blocks hold without paragraphs (:func:`_own_text_len`)."""
    total = 0
    for p in element.iter("p", "li", "blockquote", "pre"):
        if not _inside_excluded(p, element):
            total += len(_clean(p.text_content()))
    for block in element.iter("div", "td", "section"):
        length = _own_text_len(block)
        if length >= 25 and not _inside_excluded(block, element):
            total += length
    return total


def _inside_excluded(node: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    """Is ``node`` within an excluded region below ``root`` (root itself is never excluded)?"""
    current = node
    while current is not None and current is not root:
        if _excluded(current) and not _note_in_post(current, root):
            return True
        current = current.getparent()
    return current is None  # not below root at all


def _note_in_post(element: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    """An unclassed-as-sidebar ``<aside>`` of prose inside a post's own content (a theme's
    "note" box): part of the post. A list of links in an aside is still "related" material,
    and on a page whose content is the whole body an aside is a sidebar."""
    if element.tag != "aside" or root.tag in ("body", "html"):
        return False
    if (
        (element.get("role") or "").lower() in _EXCLUDED_ROLES
        or any(_EXCLUDED_TOKEN.search(t) for t in _tokens(element))
        or _labelled_other_pages(element)
    ):
        return False
    text = len(_clean(element.text_content()))
    links = sum(len(_clean(a.text_content())) for a in element.iter("a"))
    return text >= 40 and links < 0.5 * text


def _entry_element(
    tree: lxml.html.HtmlElement, entries: list[lxml.html.HtmlElement] | None = None
) -> lxml.html.HtmlElement | None:
    if entries is None:
        entries = tree.xpath(_with_classes("//*", "h-entry", "hentry"))
    entries = [e for e in entries if not _inside_excluded(e, tree)]
    if not entries:
        return None
    # The post itself, not a list of posts: the entry with the most text.
    return max(entries, key=_text_len) if len(entries) > 1 else entries[0]


def main_content(
    tree: lxml.html.HtmlElement,
    entries: list[lxml.html.HtmlElement] | None = None,
    live_blog: bool = False,
) -> lxml.html.HtmlElement:
    """The element holding the page's main content (see the module docstring). ``entries``:
    the page's ``h-entry`` / ``hentry`` elements when already found
    (:meth:`~blogparade.fetch.parse.Document.entry_elements`). ``live_blog``: the page says
    it is a live blog (schema.org LiveBlogPosting), whose updates are sibling ``<article>``
    blocks that together are the content."""
    entry = _entry_element(tree, entries)
    if entry is not None:
        content = entry.xpath(_with_classes("descendant::*", "e-content", "entry-content"))
        content = [c for c in content if not _inside_excluded(c, entry)]
        if content:
            return content[0]
    articles = [a for a in tree.iter("article") if not _inside_excluded(a, tree)]
    if articles:
        best = max(articles, key=_main_text_len)
        if live_blog:
            parent = best.getparent()
            if parent is not None and sum(a.getparent() is parent for a in articles) >= 2:
                return parent
        if _main_text_len(best) >= 80:
            return best
    for candidate in tree.xpath(_MAIN_XPATH):
        if _main_text_len(candidate) >= 80:
            inner = _best_content_class(candidate)
            return inner if inner is not None else candidate
    inner = _best_content_class(tree)
    if inner is not None:
        return inner
    return _densest_block(tree)


def _best_content_class(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for name in _CONTENT_CLASSES:
        found = [
            e
            for e in root.xpath(_with_classes("descendant::*", name))
            if not _inside_excluded(e, root)
        ]
        found = [e for e in found if _main_text_len(e) >= 80]
        if found:
            return max(found, key=_main_text_len)
    return _content_class_variant(root)


# A CMS's own spelling of a content class: article-body__text, story-body-commercial, post_content-inner.
_CONTENT_VARIANT = re.compile(
    r"^(?:article|story|post|entry)(?:-|_|__)(?:body|content|text)\w*", re.I
)


def _content_class_variant(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element with a variant of a content class name that holds most of the text."""
    candidates = [
        e
        for e in root.xpath(".//*[contains(@class, 'body') or contains(@class, 'content')]")
        if any(_CONTENT_VARIANT.match(t) for t in (e.get("class") or "").split())
        and not _inside_excluded(e, root)
    ]
    if not candidates:
        return None
    best = max(candidates, key=_main_text_len)
    return best if _main_text_len(best) >= max(80, 0.6 * _main_text_len(root)) else None


# Inline elements whose text is part of the text around them (links are left out: a block of
# links is a menu, not prose).
_INLINE_TEXT = frozenset(
    ["b", "i", "em", "strong", "span", "font", "u", "small", "sup", "sub", "abbr", "cite",
     "code", "q", "mark", "time", "big", "s", "del", "ins"]
)  # fmt: skip


def _own_text_len(element: lxml.html.HtmlElement) -> int:
    """The length of the prose an element holds itself, not in a block inside it: its text,
    the text between its children (``<br>``-separated lines) and in its inline children."""
    length = len((element.text or "").strip())
    for child in element:
        if isinstance(child.tag, str) and child.tag in _INLINE_TEXT:
            length += len(child.text_content().strip())
        length += len((child.tail or "").strip())
    return length


def _densest_block(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The block with the most prose: scored by its paragraphs, and by the prose it holds
    itself where a site writes without paragraphs (``<div>`` or ``<td>`` text with ``<br>``
    between lines)."""
    scores: dict[lxml.html.HtmlElement, float] = {}

    def score(block: lxml.html.HtmlElement | None, length: float) -> None:
        if block is None:
            return
        scores[block] = scores.get(block, 0) + length
        grand = block.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + length / 2

    for p in tree.iter("p", "pre", "blockquote"):
        if _inside_excluded(p, tree):
            continue
        length = len(_clean(p.text_content()))
        if length >= 25:
            score(p.getparent(), length)
    for block in tree.iter("div", "td", "section"):
        length = _own_text_len(block)
        if length >= 150 and not _inside_excluded(block, tree):
            score(block, length)
    if not scores:
        body = tree.find("body")
        return body if body is not None else tree
    return max(scores, key=scores.get)


def _base_url(tree: lxml.html.HtmlElement, url: str) -> str:
    base = tree.find(".//base[@href]")
    if base is not None:
        resolved = _absolute(url, base.get("href"))
        if resolved:
            return resolved
    return url


def _main(doc: Document) -> lxml.html.HtmlElement:
    return doc.cached(
        "main",
        lambda: main_content(
            doc.tree, doc.entry_elements(), live_blog="LiveBlogPosting" in doc.text
        ),
    )


def _in_link_cluster(a: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    """A row of links (``Home | Papers | Links``) in a page without any content structure."""
    block = a.getparent()
    while (
        block is not None
        and block is not root
        and block.tag not in ("p", "div", "ul", "ol", "td", "table")
    ):
        block = block.getparent()
    if block is None or block is root:
        return False
    anchors = block.xpath(".//a[@href]")
    if len(anchors) < 2:
        return False
    link_text = sum(len(_clean(x.text_content())) for x in anchors)
    return link_text >= 0.6 * max(len(_clean(block.text_content())), 1)


def in_main(a: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    """Is the element inside ``root`` and outside every non-content region?"""
    if _inside_excluded(a, root):
        return False
    return not (root.tag in ("body", "html") and _in_link_cluster(a, root))


def _content_links(root: lxml.html.HtmlElement, base: str, page_url: str) -> list[str]:
    page = urldefrag(page_url)[0]
    links: list[str] = []
    seen: set[str] = set()
    for a in root.iter("a"):
        href = a.get("href")
        if href is None or not in_main(a, root):
            continue
        url = _unwrapped(_absolute(base, href))
        if not url or url in seen or (urldefrag(url)[0] == page and "#" in url):
            continue
        seen.add(url)
        links.append(url)
    return links


# --- microformats ---------------------------------------------------------------------------


def _mf2_entry(doc: str | Document, base: str) -> dict | None:
    """The page's h-entry as mf2 JSON, or None (see :meth:`Document.mf2_entry`)."""
    return as_document(doc, base).mf2_entry(base)


def _first(props: dict, name: str) -> Any:
    values = props.get(name) or []
    return values[0] if values else None


def _mf_value(value: Any, key: str = "value") -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if key == "value" and isinstance(value.get("value"), str):
            return value["value"]
        inner = value.get(key)
        if isinstance(inner, str):
            return inner
    return ""


def _mf_url(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if "properties" in value:
            return _mf_url(_first(value["properties"], "url"))
        return _mf_value(value)
    return ""


def _mf_targets(props: dict, name: str) -> list[str]:
    return [u for u in (_mf_url(v) for v in props.get(name, [])) if u]


# --- JSON-LD --------------------------------------------------------------------------------

_ARTICLE_TYPES = {
    "article",
    "blogposting",
    "newsarticle",
    "socialmediaposting",
    "techarticle",
    "report",
    "scholarlyarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reportagenewsarticle",
    "liveblogposting",
    "discussionforumposting",
    "videoobject",
    "podcastepisode",
    "audioobject",
    "posting",
    "creativework",
}


def _jsonld_items(tree: lxml.html.HtmlElement) -> list[dict]:
    items: list[dict] = []

    def collect(node: Any) -> None:
        if isinstance(node, list):
            for child in node:
                collect(child)
        elif isinstance(node, dict):
            if "@graph" in node:
                collect(node["@graph"])
            if "@type" in node:
                items.append(node)
            main = node.get("mainEntity") or node.get("mainEntityOfPage")
            if isinstance(main, dict) and "@type" in main:
                collect(main)

    for script in tree.xpath(_JSONLD_XPATH):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            collect(_unescaped(json.loads(raw, strict=False)))
        except ValueError:
            try:  # a trailing comma or a stray control character is common
                fixed = re.sub(r",\s*([}\]])", r"\1", raw)
                collect(_unescaped(json.loads(fixed, strict=False)))
            except ValueError:
                continue
    return items


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def _unescaped(node: Any) -> Any:
    """JSON-LD strings with HTML entities left in them ("North Korea&apos;s"), as many CMSs
    write them, read as the text they stand for."""
    if isinstance(node, str):
        return html_module.unescape(node) if _ENTITY.search(node) else node
    if isinstance(node, list):
        return [_unescaped(child) for child in node]
    if isinstance(node, dict):
        return {key: _unescaped(value) for key, value in node.items()}
    return node


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _jsonld_article(items: list[dict]) -> dict | None:
    ranked = [i for i in items if _types(i) & _ARTICLE_TYPES and "creativework" not in _types(i)]
    ranked = ranked or [i for i in items if _types(i) & _ARTICLE_TYPES]
    if ranked:
        return ranked[0]
    pages = [i for i in items if _types(i) & {"webpage", "itempage"}]
    return pages[0] if pages else None


def _ld_text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    return _clean(value) if isinstance(value, str) else ""


def _ld_url(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id") or ""
        if isinstance(value, list):
            value = value[0] if value else ""
    return value if isinstance(value, str) else ""


def _ld_author(item: dict, items: list[dict]) -> tuple[str, str, str]:
    author = item.get("author") or item.get("creator")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, str):
        return _clean(author), "", ""
    if not isinstance(author, dict):
        return "", "", ""
    if set(author) <= {"@id"}:  # a reference into the @graph
        ref = author.get("@id")
        author = next((i for i in items if i.get("@id") == ref and i is not item), author)
    url = _ld_url(author.get("url")) or (
        author["sameAs"] if isinstance(author.get("sameAs"), str) else ""
    )
    return _ld_text(author.get("name")), url, _ld_url(author.get("image"))


# --- meta tags ------------------------------------------------------------------------------


def _metas(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Every ``<meta>``'s content under each name it gives: its ``property``, ``name`` and
    ``itemprop``, each of which may hold several, space-separated (RDFa:
    ``property="og:title twitter:title"``). The first ``<meta>`` of a name wins."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop"):
            for key in (meta.get(attribute) or "").lower().split():
                found.setdefault(key, content.strip())
    return found


_TITLE_SEPARATOR = r"\s+(?:--|[|–—·•»:-])\s+"


_TIGHT_SEPARATORS = "-|–—_·•»:："


def _heading_before_tight_suffix(tree: lxml.html.HtmlElement, title: str, base: str) -> str:
    """A heading that is the title up to a separator without spaces and a short rest
    ("短缺药品保供稳价-新华网", "Warum ich blogge|Mein Blog"): the rest is the site's name. Only
    when the heading is at least twice as long as the rest, so that "Covid" is never taken
    from "Covid-19 vaccines explained"."""
    for tag in ("h1", "h2"):
        for h in tree.iter(tag):
            text = _clean(h.text_content())
            rest = title[len(text) :]
            if (
                len(text) >= 3
                and rest
                and title.startswith(text)
                and rest[0] in _TIGHT_SEPARATORS
                and len(text) >= 2 * len(rest)
                and not _links_home(h, base)
            ):
                return text
    return ""


def _title_from_document(tree: lxml.html.HtmlElement, site_name: str, base: str) -> str:
    title_el = tree.find(".//title")
    title = _clean(title_el.text_content()) if title_el is not None else ""
    if not title:
        return ""
    parts = re.split(_TITLE_SEPARATOR, title)
    if len(parts) == 1:
        return _heading_before_tight_suffix(tree, title, base) or title
    # A heading that is the title's beginning or end, up to a separator, is the
    # headline, separators of its own included ("Blogparade – Warum ich blogge" in
    # "Blogparade – Warum ich blogge – My Blog", as WordPress's block themes set it).
    for tag in ("h1", "h2"):
        for h in tree.iter(tag):
            text = _clean(h.text_content())
            if (
                len(text) >= 3
                and text != title
                and re.search(_TITLE_SEPARATOR, text)
                and not _links_home(h, base)
                and (
                    re.match(re.escape(text) + _TITLE_SEPARATOR, title)
                    or re.search(_TITLE_SEPARATOR + re.escape(text) + "$", title)
                )
            ):
                return text
    # Headings that repeat a part of the title: <h1>s first, then <h2>s (older themes
    # set post titles as <h2> under the site's <h1>).
    headings = [
        (text, _links_home(h, base))
        for tag in ("h1", "h2")
        for h in tree.iter(tag)
        if (text := _clean(h.text_content())) in parts
    ]
    # The site's name set as a heading that links home is not the headline.
    home_name = next((text for text, home in headings if home), "")
    if site_name and _clean(parts[-1]).lower() == site_name.lower():
        return " – ".join(parts[:-1])
    if site_name and _clean(parts[0]).lower() == site_name.lower():
        return " – ".join(parts[1:])
    # Otherwise the longest part is the headline more often than not.
    for text, home in headings:
        if not home:
            return text
    rest = [part for part in parts if part != home_name]
    return title if len(parts) > 3 else max(rest or parts, key=len)


# --- kind -----------------------------------------------------------------------------------

_FEDI_GENERATORS = (
    "mastodon",
    "pleroma",
    "akkoma",
    "misskey",
    "gotosocial",
    "friendica",
    "firefish",
    "sharkey",
    "calckey",
    "hometown",
    "iceshrimp",
    "pixelfed",
    "lemmy",
    "kbin",
    "mbin",
)
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "dailymotion.com", "twitch.tv")


_PODCAST_CLASS = re.compile(r"podlove|powerpress|podcast|episode", re.IGNORECASE)


def _podcast_player(tree: lxml.html.HtmlElement, text: str) -> bool:
    """An ``<audio>`` player that a podcast plugin marked as such (Podlove, PowerPress, a
    theme's ``podcast-player`` / ``episode-audio``): an episode page, even with og:type
    article. A plain audio clip in a post does not count."""
    if "<audio" not in text:
        return False
    for audio in tree.iter("audio"):
        for el in (audio, *audio.iterancestors()):
            if _PODCAST_CLASS.search(el.get("class") or ""):
                return True
    return False


# Whole-page XPaths: ``/descendant::x`` finds what ``//x`` finds (``//`` also visits every text
# node), and a test on an attribute node (``//@type[…]``) skips the elements without one.
_ACTIVITY_XPATH = "/descendant::link[@rel='alternate' and contains(@type, 'activity+json')]"
_ENCLOSURE_XPATH = (
    "//@type[starts-with(., 'audio')]/parent::*"
    "[self::link[@rel='enclosure'] or self::a[contains(concat(' ', @rel, ' '), ' enclosure ')]]"
)
_CANONICAL_XPATH = (
    "/descendant::link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href"
)
_MAIN_XPATH = "/descendant::main | //@role[. = 'main']/.."
_JSONLD_XPATH = "/descendant::script[@type]"
_REL_LINKS_XPATH = "/descendant::a[@href] | /descendant::link[@href]"


def _kind(
    tree: lxml.html.HtmlElement, url: str, metas: dict[str, str], ld_types: set[str], text: str
) -> str:
    host = (urlsplit(url).hostname or "").lower()
    if host == "bsky.app" or host.endswith(".bsky.app"):
        return "bluesky"
    generator = " ".join(
        metas.get(k, "") for k in ("generator", "application-name", "og:site_name")
    ).lower()
    path = urlsplit(url).path
    if (
        any(name in generator for name in _FEDI_GENERATORS)
        or (
            re.search(
                r"/(@[^/]+/\d+|notes?/|notice/|objects/|statuses/|users/[^/]+/statuses/|"
                r"post/\d+/?$)",
                path,
            )
            and tree.xpath(_ACTIVITY_XPATH)  # looked for only where the path calls for it
        )
        or 'id="mastodon"' in text[:20000]
        or "data-misskey" in text[:20000]
    ):
        return "fediverse"
    og_type = metas.get("og:type", "").lower()
    if "podcastepisode" in ld_types or og_type.startswith("music") or "podcast" in og_type:
        return "podcast"
    enclosures = tree.xpath(_ENCLOSURE_XPATH)
    if enclosures or _podcast_player(tree, text):
        return "podcast"
    if og_type.startswith("video") or (
        "videoobject" in ld_types
        and not (ld_types & _ARTICLE_TYPES - {"videoobject", "creativework"})
    ):
        return "video"
    if any(host == h or host.endswith("." + h) for h in _VIDEO_HOSTS) or "peertube" in generator:
        return "video"
    return "article"


# --- describe -------------------------------------------------------------------------------


def describe(html: str | bytes | Document, url: str) -> Description:
    """Describe the page ``html`` found at ``url`` (after redirects). Never raises for bad
    markup: a binary or empty body yields a Description with empty fields.

    ``html`` may be a :class:`~blogparade.fetch.parse.Document` already parsed (and shared
    with :func:`check_link`), so one page is parsed once."""
    doc = as_document(html, url)
    text = doc.text
    tree = doc.tree
    base = doc.base_for(url)
    metas = doc.cached("metas", lambda: _metas(tree))
    entry = doc.mf2_entry(base)
    ld_items = doc.cached("jsonld", lambda: _jsonld_items(tree))
    article = _jsonld_article(ld_items) or {}
    ld_types: set[str] = set()
    for item in ld_items:
        ld_types |= _types(item)
    desc = Description(url=url)
    day_only = False
    publication_author = ""
    site_name = metas.get("og:site_name", "")

    desc.step = "the page (links, kind)"
    canonical = tree.xpath(_CANONICAL_XPATH)
    desc.canonical = _absolute(base, canonical[0]) if canonical else ""

    # The declared language (checked against the text at the end).
    html_el = tree if tree.tag == "html" else tree.find(".//html")
    declared = (
        _lang_code(article.get("inLanguage") if isinstance(article.get("inLanguage"), str) else "")
        or _lang_code(html_el.get("lang") if html_el is not None else "")
        or _lang_code(
            html_el.get("{http://www.w3.org/XML/1998/namespace}lang") if html_el is not None else ""
        )
        or _lang_code(metas.get("og:locale"))
        or _lang_code(
            metas.get("content-language") or metas.get("language") or metas.get("dc.language")
        )
    )
    main = _main(doc)
    # Only language detection reads past the first few hundred characters.
    main_text = (
        _text_prefix(main, DECLARED_LANGUAGE_CHECK if declared else MAIN_TEXT_LIMIT)
        if main is not None
        else ""
    )
    desc.links = _content_links(main, base, url)
    desc.kind = _kind(tree, url, metas, ld_types, text)
    desc.sources["kind"] = desc.step  # also when it is the default, "article"

    # -- h-entry
    desc.step = "microformats2 h-entry"
    props = entry.get("properties", {}) if entry else {}
    content_text = _mf_value(_first(props, "content")) if props else ""
    if props:
        name = _clean(_mf_value(_first(props, "name")))
        if name and len(name) <= 300 and not _clean_startswith(content_text, name):
            desc.title = name
        author = _first(props, "author")
        if isinstance(author, dict) and "properties" in author:
            aprops = author["properties"]
            desc.author_name = _clean(_mf_value(_first(aprops, "name")))
            desc.author_url = _absolute(base, _mf_url(_first(aprops, "url")))
            desc.author_photo = _absolute(base, _mf_value(_first(aprops, "photo")))
        elif isinstance(author, str):
            if _http(author):
                desc.author_url = author
            else:
                desc.author_name = _clean(author)
        published = _mf_value(_first(props, "published"))
        desc.published = parse_date(published)
        # "2024-10-03" (Squarespace's dt-published): a timestamp elsewhere may say more.
        day_only = desc.published is not None and len(published.strip()) <= 10
        desc.summary = _shorten(_mf_value(_first(props, "summary")))
        desc.image = _absolute(
            base, _mf_value(_first(props, "featured")) or _mf_value(_first(props, "photo"))
        )

    # -- JSON-LD
    desc.step = "JSON-LD"
    if article:
        desc.title = (
            desc.title or _ld_text(article.get("headline")) or _ld_text(article.get("name"))
        )
        if not desc.author_name:
            name, aurl, photo = _ld_author(article, ld_items)
            if _is_site_name(name, site_name, _ld_text(article.get("publisher"))):
                # The publication as its own author (a "noBylinesPolicy" organisation): the
                # visible byline may name the person; the publication only if nothing does.
                publication_author, name = name, ""
            desc.author_name = name
            desc.author_url = desc.author_url or _absolute(base, aurl)
            desc.author_photo = desc.author_photo or _absolute(base, photo)
        desc.published = _more_precise(
            desc.published,
            day_only,
            parse_date(
                _ld_text(article.get("datePublished"))
                or _ld_text(article.get("uploadDate"))
                or _ld_text(article.get("dateCreated"))
            ),
        )
        desc.summary = desc.summary or _shorten(_strip_html(_ld_text(article.get("description"))))
        desc.image = desc.image or _absolute(
            base, _ld_url(article.get("image")) or _ld_url(article.get("thumbnailUrl"))
        )

    # -- microdata (schema.org itemprop=author)
    desc.step = "microdata"
    if not desc.author_name:
        desc.author_name, murl = _microdata_author(tree)
        desc.author_url = desc.author_url or _absolute(base, murl)

    # -- OpenGraph, Twitter cards, <meta>, rel=author, <time>
    desc.step = "OpenGraph, <meta>, rel=author, <time>, headings"
    # A note is an mf2 h-entry without a name. A classic ``hentry`` (WordPress's post_class()
    # adds it whatever the theme's markup) has no implied name: without ``entry-title`` it
    # is a post whose title the theme set in other markup, not a note.
    note = (
        bool(props)
        and "name" not in props
        and bool(content_text)
        and any("h-entry" in (e.get("class") or "").split() for e in doc.entry_elements())
    )
    if desc.kind in ("fediverse", "bluesky") or note:
        match = re.match(r"^(.*?)\s*\(@[^)]+\)", metas.get("og:title", ""))
        if match and not desc.author_name:
            desc.author_name = _clean(match.group(1))
        post = content_text or _strip_html(metas.get("og:description", "")) or main_text
        desc.title = _thread_title(metas.get("og:title", ""), post, desc) or _first_sentence(post)
        # The status is the text: an app shell's body holds only a "turn on JavaScript" notice.
        main_text = post
    # A publication on a platform (Medium) appends its own name, not the platform's.
    desc.title = _strip_site(desc.title, site_name, _ld_text(article.get("publisher")))
    desc.title = desc.title or _strip_site(
        _clean(metas.get("og:title") or metas.get("twitter:title") or ""), site_name
    )
    if not desc.title:
        h1s = [h for h in main.iter("h1") if not _links_home(h, base)] if main is not None else []
        desc.title = (
            _clean(h1s[0].text_content()) if h1s else _title_from_document(tree, site_name, base)
        )
    if not desc.author_name:
        name, aurl, photo = _representative_hcard(tree)
        desc.author_name = name
        desc.author_url = desc.author_url or _absolute(base, aurl)
        desc.author_photo = desc.author_photo or _absolute(base, photo)
    if not desc.author_name:
        meta_author = (
            metas.get("author")
            or metas.get("article:author")
            or metas.get("twitter:creator")
            or metas.get("dc.creator")
            or ""
        )
        publisher = _ld_text(article.get("publisher")) if article else ""
        if _http(meta_author):
            desc.author_url = desc.author_url or meta_author
        elif not meta_author.startswith("@") and not _is_site_name(  # a handle is not a name
            meta_author, site_name, publisher
        ):
            desc.author_name = _clean(meta_author)
    if not desc.author_name or not desc.author_url:
        rel_author = [
            a for a in tree.xpath(_REL_LINKS_XPATH) if "author" in rel_tokens(a.get("rel"))
        ]
        if rel_author:
            first = rel_author[0]
            desc.author_url = desc.author_url or _absolute(base, first.get("href"))
            if not desc.author_name and first.tag == "a":
                desc.author_name = _clean(first.text_content())
    if not desc.author_name:
        desc.author_name = _byline_author(tree)
    if desc.published is None:
        for key in (
            "article:published_time",
            "og:published_time",
            "published_time",
            "datepublished",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
            "pubdate",
        ):
            desc.published = parse_date(metas.get(key))
            if desc.published:
                break
    if desc.published is None:
        times = main.xpath(".//time[@datetime]") if main is not None else []
        times = times or tree.xpath("//time[@datetime]")
        for t in times:
            desc.published = parse_date(t.get("datetime"))
            if desc.published:
                break
    if desc.published is None:
        desc.published = _byline_date(tree)
    if not desc.summary:
        # A social description that only names the site ("Engadget") says nothing of the post.
        social = next(
            (
                text
                for text in (metas.get("og:description"), metas.get("twitter:description"))
                if text and not _is_site_name(_strip_html(text), site_name)
            ),
            "",
        )
        plain = "" if social else _strip_html(metas.get("description") or "")
        if plain and not _describes_post(plain, desc.title, main_text):
            plain = ""  # the site's tagline: the article's opening says more
        desc.summary = _shorten(_strip_html(social or "") or plain)
    desc.image = desc.image or _absolute(
        base,
        metas.get("og:image")
        or metas.get("og:image:url")
        or metas.get("twitter:image")
        or metas.get("twitter:image:src")
        or "",
    )

    # -- trafilatura for what is still missing
    desc.step = "trafilatura (main text)"
    if not desc.title or not desc.author_name or desc.published is None:
        meta = _trafilatura_metadata(tree, url)
        if meta is not None:
            desc.title = desc.title or _clean(getattr(meta, "title", "") or "")
            if not desc.author_name:
                name = _clean((getattr(meta, "author", "") or "").split(";")[0])
                # trafilatura reads a byline's label as a name now and then ("Published").
                desc.author_name = "" if name.casefold() in _BYLINE_LABELS else name
            if desc.published is None:
                desc.published = parse_date(getattr(meta, "date", None))
    if not desc.summary:
        desc.step = "the post's own text" if content_text else "the main text of the page"
        desc.summary = _shorten(
            _clean(content_text) if content_text else _main_summary(main, tree, url, main_text)
        )

    desc.step = "a person's name, the publication's author or the copyright line"
    desc.author_name = (
        _person_name(desc.author_name) or publication_author or _copyright_holder(tree)
    )

    # -- language: declared, unless the text clearly says otherwise. A declared language only
    # needs the text to overrule it when clearly wrong (a German post under a theme's
    # lang="en-US"): the first few thousand characters say that as well.
    sample = main_text or desc.summary
    detected, confident = detect_language(
        " ".join([desc.title, sample[:DECLARED_LANGUAGE_CHECK] if declared else sample])
    )
    overruled = confident and detected != declared
    desc.step = (
        "the text's language (detected)"
        if overruled or not declared
        else "the declared language (JSON-LD, lang, og:locale, <meta>)"
    )
    desc.language = detected if overruled else (declared or detected)
    desc.step = ""
    return desc


# Scripts written without spaces between words (Han, kana, Thai, Myanmar): their "words" are
# runs of a whole phrase, so two texts are compared by the character pairs they share.
_UNSPACED = re.compile(
    "(?:" + "|".join(p.pattern for code, p in _SCRIPTS if code in ("ja", "zh", "th", "my")) + ")"
)
_UNSPACED_RUN = re.compile(f"{_UNSPACED.pattern}+")
_HANGUL = dict(_SCRIPTS)["ko"]
_LETTERS = re.compile(r"[^\W\d_]+")


def _stems(text: str) -> set[str]:
    """What a text is about, to compare with another text: the first four letters of its words
    of four letters or more that are not stop words (any alphabet); for Korean, whose words
    carry their particles, the first three syllables of words of three or more; for scripts
    written without spaces, every pair of neighbouring characters (prefixed "2:", so that a
    text needs two of them in common, see :func:`_share_a_topic`)."""
    text = text.lower()
    if text.isascii():
        return {w[:4] for w in _words(text) if len(w) >= 4 and w not in _ALL_STOPWORDS}
    stems: set[str] = set()
    for word in _LETTERS.findall(text):
        if _UNSPACED.search(word):
            runs = _UNSPACED_RUN.findall(word)
            stems |= {"2:" + run[i : i + 2] for run in runs for i in range(len(run) - 1)}
        elif _HANGUL.search(word):
            if len(word) >= 3:
                stems.add(word[:3])
        elif len(word) >= 4 and word not in _ALL_STOPWORDS:
            stems.add(word[:4])
    return stems


def _share_a_topic(a: str, b: str) -> bool:
    """Do two texts share a word stem (or, in a script without spaces, two character pairs)?"""
    shared = _stems(a) & _stems(b)
    pairs = sum(1 for s in shared if s.startswith("2:"))
    return len(shared) > pairs or pairs >= 2


def _describes_post(description: str, title: str, main_text: str) -> bool:
    """Is a plain ``<meta name=description>`` about this post? Themes without an SEO plugin
    (Hugo's and Eleventy's starters, many WordPress themes) print the site's tagline there on
    every page ("Notes on synthesizers, field trips and …"), and no og:description beside it.
    A post's own description shares a word with its title or opens its text."""
    if _share_a_topic(description, title):
        return True
    opening = _clean(description)[:40]
    return bool(opening) and opening in main_text


def _thread_title(og_title: str, post: str, desc: Description) -> str:
    """The title of a fediverse post that has one (a Lemmy or kbin thread): og:title when it
    is not the "Name (@handle)" of a status, nor the author's name, nor the post's text."""
    title = _clean(og_title)
    if desc.kind != "fediverse" or "@" in title or len(title.split()) < 3:
        return ""
    if _is_site_name(title, desc.author_name) or _clean(post).startswith(title.rstrip("…. ")):
        return ""
    return title


def _more_precise(
    known: datetime | None, day_only: bool, other: datetime | None
) -> datetime | None:
    """``known``, unless it is only a day and ``other`` is a timestamp on that same day
    (in ``other``'s own time zone); ``other`` when nothing is known."""
    if known is None:
        return other
    if day_only and other is not None and other.date() == known.date():
        return other
    return known


def _first_sentence(text: str) -> str:
    text = _clean(text)
    match = re.match(r"^(.{20,}?[.!?])(?:\s|$)", text)
    return _shorten(match.group(1) if match else text, 100)


_SITE_SUFFIX = re.compile(r"\s+(?:--|[|–—·•»:-])\s+([^|–—·•»]{2,60})$")
_SITE_PREFIX = re.compile(r"^([^|–—·•»:]{2,60}?)\s*(?:--|[|–—·•»:]|\s-)\s+(?=\S)")


def _strip_site(title: str, site_name: str, publisher: str = "") -> str:
    """Drop a trailing " - Medium" / " | Site name" / " - Publisher" from a headline, or a
    leading "Site name | " (the site's own name only: "Covid: …" keeps its "Covid")."""
    names = tuple(n for n in (site_name.strip().lower(), publisher.strip().lower()) if n)
    match = _SITE_SUFFIX.search(title)
    if match:
        suffix = match.group(1).strip().lower()
        if suffix in (*names, "medium", "substack", "youtube", "blogger") or (
            site_name and suffix in site_name.lower()
        ):
            return title[: match.start()].strip()
    match = _SITE_PREFIX.match(title)
    if match and match.group(1).strip().lower() in names and len(title[match.end() :]) >= 2:
        return title[match.end() :].strip()
    return title


def _links_home(heading: lxml.html.HtmlElement, base: str) -> bool:
    """Is the heading a link to the site's home page (the site's name set as an ``<h1>``)?"""
    for a in (*heading.iter("a"), *heading.iterancestors("a")):
        url = _absolute(base, a.get("href"))
        if url and urlsplit(url).path in ("", "/") and not urlsplit(url).query:
            return True
    return False


_BY_PREFIX = re.compile(r"^(?:by|von|written by|posted by|geschrieben von)\s+", re.IGNORECASE)
_ROLE_SUFFIX = re.compile(
    r",\s*(?:\w+\s+)?(?:writer|reporter|editor|correspondent|contributor|columnist|staff|"
    r"redakteur(?:in)?|autor(?:in)?|korrespondent(?:in)?|volontär(?:in)?)\b.*$",
    re.IGNORECASE,
)


def _person_name(name: str) -> str:
    """ "By Sarah Lin, Staff Writer" → "Sarah Lin" (a byline pasted into a name field); the
    first of several people ("Dana A. Ford, James Corey and Tom Watkins, CNN")."""
    return _first_person(_ROLE_SUFFIX.sub("", _BY_PREFIX.sub("", name)).strip())


_NAME_LIST = re.compile(r"\s*,\s*(?:(?:and|und|&)\s+)?|\s+(?:and|und|&)\s+", re.IGNORECASE)
_NAME_PARTICLES = frozenset(["van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "zu"])


def _looks_like_a_person(text: str) -> bool:
    """Two to four words, each capitalised (or an initial, or a particle such as "van")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words
    )


def _first_person(name: str) -> str:
    """The first name of a list of at least two people; anything else unchanged ("Smith,
    John", "Procter & Gamble" and "Simon & Garfunkel" are no list of people)."""
    parts = [p for p in _NAME_LIST.split(name) if p and p.strip()]
    if len(parts) < 2 or not _looks_like_a_person(parts[0]):
        return name
    people = sum(1 for p in parts if _looks_like_a_person(p))
    return parts[0].strip() if people >= 2 else name


_COPYRIGHT_XPATH = (
    "/descendant::footer | //@role[. = 'contentinfo']/.. | //@class[contains(., 'copyright')]/.."
    " | //@class[contains(., 'footer')]/.. | //@id[contains(., 'footer')]/.."
)
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'\u2019-]+"
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    rf"(?:by\s+|von\s+)?({_CAPITALISED}(?:\s+{_CAPITALISED}){{1,2}})"
    r"(?=\s*(?:$|[.,|·•–-]|all rights|alle rechte))",
    re.IGNORECASE,
)
# Words that make "© 2024 Finch Studio" a business, not a person.
_ORGANISATION_WORDS = re.compile(
    r"\b(?:studio|studios|media|news|verlag|blog|magazin|magazine|online|team|group|gruppe|"
    r"press|presse|limited|ltd|inc|gmbh|company|records|recordings|design|digital|labs?|"
    r"works|agency|agentur|consulting|photography|fotografie|productions?|verein|stiftung|"
    r"foundation|project|projekt|community|network|netzwerk|journal|zeitung|times|post|daily)\b",
    re.IGNORECASE,
)


def _copyright_holder(tree: lxml.html.HtmlElement) -> str:
    """The person in a footer's "© 2014-2024 Priya Raman" line: on a personal site whose
    posts carry no byline, the one name the page gives. Two or three capitalised words and
    none that names a business; "" otherwise. The case-insensitive match lets "(C)" and
    "Copyright" in; the name's capitals are checked after."""
    for element in tree.xpath(_COPYRIGHT_XPATH):
        text = _text_prefix(element, 400)[:600]
        if "©" not in text and "(c)" not in text.lower() and "copyright" not in text.lower():
            continue
        for match in _COPYRIGHT.finditer(text):
            name = match.group(1)
            if re.fullmatch(rf"{_CAPITALISED}(?:\s+{_CAPITALISED})+", name) and not (
                _ORGANISATION_WORDS.search(name)
            ):
                return name
    return ""


def _is_site_name(name: str, *site_names: str) -> bool:
    """A news site's ``<meta name=author>`` is often the publication itself."""
    name = _clean(name).casefold()
    return bool(name) and any(name == _clean(n).casefold() for n in site_names if n)


def _representative_hcard(tree: lxml.html.HtmlElement) -> tuple[str, str, str]:
    """(name, url, photo) of an h-card outside every h-entry that declares itself the author:
    ``p-author``, or with a ``rel=author`` / ``rel=me`` link (a blog's author profile in the
    sidebar, a Write.as blog title). Empty strings when there is none."""
    for card in tree.xpath(f"//*[{_xpath_class('h-card')}]"):
        if card.xpath(f"ancestor::*[{_xpath_class('h-entry')} or {_xpath_class('h-cite')}]"):
            continue
        links = [card, *card.iter("a")] if card.tag == "a" else list(card.iter("a"))
        rels = {r for a in links for r in rel_tokens(a.get("rel"))}
        if "p-author" not in _tokens(card) and not rels & {"me", "author"}:
            continue
        names = card.xpath(f".//*[{_xpath_class('p-name')}]")
        name = _clean((names[0] if names else card).text_content())
        if not name or len(name) > 80 or _http(name):
            continue
        urls = card.xpath(f"descendant-or-self::a[{_xpath_class('u-url')}]/@href")
        url = urls[0] if urls else (card.get("href") or "") if card.tag == "a" else ""
        photos = card.xpath(f".//img[{_xpath_class('u-photo')}]/@src")
        return name, url, photos[0] if photos else ""
    return "", "", ""


_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w.'\u2019-]*"
_BYLINE = re.compile(
    r"(?<!\w)(?:[Bb]y|[Vv]on|[Ww]ritten by|[Pp]osted by|[Gg]eschrieben von|[Vv]erfasst von|"
    r"[Ee]ingestellt von)\s+("
    + _NAME_WORD
    + r"(?:\s+(?:"
    + _NAME_WORD
    + r"|van|von|de|der|da|di|le))"
    r"{0,3})"
)
_BYLINE_CLASS = re.compile(r"author|byline|contributor", re.IGNORECASE)
_NOT_BYLINE_CLASS = re.compile(r"bio|box|avatar|image|photo|desc|comment|card", re.IGNORECASE)
_NOT_BYLINE_REGION = re.compile(r"comment|related|sidebar|widget|respond|footer", re.IGNORECASE)
_PERSON_NAME = re.compile(r"^" + _NAME_WORD + r"(?:\s+[\w.'\u2019-]+){0,4}$")


def _short_blocks_after_title(tree: lxml.html.HtmlElement, limit: int = 40) -> list[str]:
    """The texts of the short elements after the page's headline (the first ``<h1>`` that is
    not the site's name), up to the first long paragraph: where bylines and dates sit."""
    h1 = next((h for h in tree.iter("h1") if not h.xpath(".//a[@href='/']")), None)
    if h1 is None:
        return []
    texts: list[str] = []
    visited = -1
    for el in tree.iter("p", "div", "span", "address", "small", "em", "i", "time", "h1"):
        if el is h1:
            visited = 0
        if visited < 0 or el is h1:
            continue
        visited += 1
        text = _text_prefix(el, 200)
        if (el.tag == "p" and len(text) > 200) or visited > 2 * limit:
            break
        if 4 <= len(text) <= 160:
            texts.append(text)
        if len(texts) >= limit:
            break
    return texts


# "Proudly powered by WordPress", "Mit Stolz präsentiert von WordPress", "Hosted by …": the
# software or the host of the site, never the writer.
_NOT_AUTHOR_BEFORE = re.compile(
    r"(?:powered|hosted|präsentiert|betrieben|bereitgestellt|designed|theme)\s*$", re.IGNORECASE
)


def _byline_name(text: str) -> str:
    """The name in a "By Name" / "von Name" line ("By March 2024 …" is not a name, nor is
    the software in "Proudly powered by WordPress")."""
    match = _BYLINE.search(text)
    if not match or match.group(1).lower() in _MONTHS:
        return ""
    before = text[: match.start()].rstrip()
    if _NOT_AUTHOR_BEFORE.search(before):
        return ""
    return match.group(1)


_BYLINE_LABELS = {
    "published",
    "posted",
    "updated",
    "written",
    "by",
    "author",
    "veröffentlicht",
    "aktualisiert",
    "geschrieben",
    "von",
    "autor",
    "autorin",
}
_TESTID_BYLINE_XPATH = (
    "//@data-testid[contains(., 'byline') or contains(., 'author') or contains(., 'Byline') "
    "or contains(., 'Author')]/parent::*[not(.//*[@data-testid])]"
)


_HANDLE = re.compile(r"^[\w.-]{2,30}$")
_WP_AUTHOR_BLOCK_XPATH = (
    "//*[contains(@class, 'wp-block-post-author__name') or "
    "contains(@class, 'wp-block-post-author-name')]"
)
_BY_BEFORE = re.compile(r"(?:\bby|\bvon)\s*$", re.IGNORECASE)


def _byline_author(tree: lxml.html.HtmlElement) -> str:
    """The author from a visible byline: an element classed ``author`` / ``byline`` (outside
    comments, related posts and sidebars), else a "By Name" / "von Name" line after the
    headline."""
    # WordPress's own author blocks (block themes: Twenty Twenty-Two to Twenty Twenty-Five)
    # hold the display name alone, as the writer chose it — "admin" and "anna" included.
    for el in tree.xpath(_WP_AUTHOR_BLOCK_XPATH):
        if any(_NOT_BYLINE_REGION.search(a.get("class") or "") for a in el.iterancestors()):
            continue
        name = _clean(el.text_content())
        if name and len(name) <= 60:
            return name
    for el in tree.xpath(
        "//*[contains(@class, 'author') or contains(@class, 'byline') or "
        "contains(@class, 'contributor')]"
    ):
        classes = el.get("class") or ""
        if not _BYLINE_CLASS.search(classes) or _NOT_BYLINE_CLASS.search(classes):
            continue
        if any(
            _NOT_BYLINE_REGION.search(f"{a.get('class') or ''} {a.get('id') or ''}")
            or a.tag in ("aside", "footer")
            for a in el.iterancestors()
        ):
            continue
        anchors = [a for a in el.iter("a") if _clean(a.text_content())]
        text = _clean((anchors[0] if anchors else el).text_content())
        name = _byline_name(text) or text
        if _PERSON_NAME.match(name) and len(name) <= 60:
            return name
        if anchors and _HANDLE.match(text):
            # "Published on … by <a>sunil</a>": a handle after "by", lower case and all.
            full = _clean(el.text_content())
            if _BY_BEFORE.search(full[: full.find(text)]):
                return text
    # Sites built with React name their parts in test ids (data-testid="byline-name") and
    # leave the classes meaningless: the innermost such element holds the name alone.
    for el in tree.xpath(_TESTID_BYLINE_XPATH):
        if any(_NOT_BYLINE_REGION.search(a.get("class") or "") for a in el.iterancestors()):
            continue
        text = _clean(el.text_content())
        name = _byline_name(text) or text
        if _PERSON_NAME.match(name) and len(name) <= 60:
            return name
    for text in _short_blocks_after_title(tree):
        name = _byline_name(text)
        if name:
            return name
    return ""


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "januar", "jänner"),
            ("february", "feb", "februar"),
            ("march", "mar", "märz", "mär", "maerz"),
            ("april", "apr"),
            ("may", "mai"),
            ("june", "jun", "juni"),
            ("july", "jul", "juli"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct", "oktober", "okt"),
            ("november", "nov"),
            ("december", "dec", "dezember", "dez"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TEXT_DATE = re.compile(
    rf"(?<!\d)(?:(\d{{1,2}})\.?\s+({_MONTH_NAMES})\.?,?\s+(\d{{4}})"  # 3. März 2024, 9 March 2024
    rf"|({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"  # March 3rd, 2024
    rf"|(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}))(?!\d)",  # 03.03.2024
    re.IGNORECASE,
)


def parse_text_date(text: str) -> datetime | None:
    """The first date written out in English or German in ``text`` ("Freitag, 27. November
    2026", "March 3rd, 2024", "9 March 2024", "27.11.2026"), as midnight UTC; or None."""
    for match in _TEXT_DATE.finditer(text):
        g = match.groups()
        if g[0]:
            day, month, year = int(g[0]), _MONTHS[g[1].lower()], int(g[2])
        elif g[3]:
            day, month, year = int(g[4]), _MONTHS[g[3].lower()], int(g[5])
        else:
            day, month, year = int(g[6]), int(g[7]), int(g[8])
        try:
            when = datetime(year, month, day, tzinfo=UTC)
        except ValueError:
            continue
        if 1990 <= when.year <= 2200:
            return when
    return None


def _is_byline(text: str) -> bool:
    """A short "Posted on 3 March 2024 by Name" line: metadata, not the post's opening."""
    return len(text) <= 100 and parse_text_date(text) is not None and bool(_byline_name(text))


def _byline_date(tree: lxml.html.HtmlElement) -> datetime | None:
    """A date written out in a date header or byline: an element classed ``date`` /
    ``published`` / ``posted-on``, else a short line after the headline."""
    for el in tree.xpath(
        "//*[contains(@class, 'date') or contains(@class, 'published') or "
        "contains(@class, 'posted')]"
    ):
        classes = (el.get("class") or "").lower()
        if ("updated" in classes or "modified" in classes) and "published" not in classes:
            continue
        if any(
            _NOT_BYLINE_REGION.search(f"{a.get('class') or ''} {a.get('id') or ''}")
            for a in el.iterancestors()
        ):
            continue
        text = _text_prefix(el, 80)
        if len(text) <= 80:
            when = parse_text_date(text)
            if when:
                return when
    for text in _short_blocks_after_title(tree):
        when = parse_text_date(text)
        if when:
            return when
    return None


def _microdata_author(tree: lxml.html.HtmlElement) -> tuple[str, str]:
    for author in tree.xpath(
        "//*[@itemprop and contains(concat(' ', @itemprop, ' '), ' author ')]"
    ):
        names = author.xpath(".//*[contains(concat(' ', @itemprop, ' '), ' name ')]")
        name = ""
        if names:
            name = _clean(names[0].get("content") or names[0].text_content())
        elif not author.xpath(".//*[@itemprop]"):
            name = _clean(author.get("content") or author.text_content())
        urls = author.xpath(".//*[@itemprop='url']")
        url = (urls[0].get("href") or urls[0].get("content") or "") if urls else ""
        if name and not _http(name):
            return name, url
    return "", ""


def _main_summary(
    main: lxml.html.HtmlElement, tree: lxml.html.HtmlElement, url: str, main_text: str
) -> str:
    paragraphs = []
    for p in main.iter("p"):
        if _inside_excluded(p, main):
            continue
        value = _clean(p.text_content())
        if len(value) >= 40 and not _is_byline(value):
            paragraphs.append(value)
        if sum(map(len, paragraphs)) > SUMMARY_LENGTH:
            break
    if paragraphs:
        return " ".join(paragraphs)
    try:
        import trafilatura

        # trafilatura cleans the tree it is given: hand it a copy, the page's tree is shared.
        extracted = trafilatura.extract(
            copy.deepcopy(tree), url=url, include_comments=False, fast=True
        )
    except Exception:
        extracted = None
    return extracted or main_text


def _trafilatura_metadata(tree: lxml.html.HtmlElement, url: str) -> Any:
    try:
        from trafilatura.metadata import extract_metadata

        return extract_metadata(tree, default_url=url, extensive=True)
    except Exception:
        return None


# --- check_link -----------------------------------------------------------------------------


# Link wrappers that platforms put around outgoing links, and the parameter holding the
# destination (href.li takes it as the whole query).
_REDIRECTORS = {
    "t.umblr.com": "z",
    "href.li": "",
    "l.facebook.com": "u",
    "lm.facebook.com": "u",
    "l.instagram.com": "u",
    "www.google.com": "q",
    "out.reddit.com": "url",
}


def _unwrapped(url: str) -> str:
    """The destination of a wrapped outgoing link (Tumblr's ``t.umblr.com/redirect?z=…``,
    Facebook's ``l.php?u=…`` …), else ``url`` itself."""
    if not url or not any(host in url for host in _REDIRECTORS):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    param = _REDIRECTORS.get((parts.hostname or "").lower())
    if param is None:
        return url
    target = parts.query if param == "" else (parse_qs(parts.query).get(param) or [""])[0]
    return target if _http(target) else url


def _same_target(url: str, target: str) -> bool:
    return urldefrag(url)[0] == urldefrag(target)[0]


def _resolved_anchors(doc: Document, base: str) -> list[tuple[str, lxml.html.HtmlElement]]:
    """Every ``<a href>`` of the page with its resolved URL, fragment dropped (once per base)."""

    def compute() -> list[tuple[str, lxml.html.HtmlElement]]:
        resolved: dict[str, str] = {}
        anchors = []
        for a in doc.tree.iter("a"):
            href = a.get("href")
            if href is None:
                continue
            url = resolved.get(href)
            if url is None:
                url = resolved[href] = urldefrag(_unwrapped(_absolute(base, href)) or "\0")[0]
            anchors.append((url, a))
        return anchors

    return doc.cached(("anchors", base), compute)


# Characters urlsplit drops from anywhere in a URL before reading it.
_URL_DROPPED = str.maketrans("", "", "\t\r\n")


_HREF_MENTIONS = (
    "//a/@href[contains(., $host) or contains(., $tab) or contains(., $cr) or contains(., $lf)]/.."
)


def _anchors_mentioning(doc: Document, host: str) -> list[lxml.html.HtmlElement]:
    """The ``<a href>`` elements whose href contains ``host``, or a character urlsplit drops
    (which may split it), in document order: libxml2 picks them out several times faster than
    a Python loop over every link (once per host and page)."""
    return doc.cached(
        ("hrefs", host),
        lambda: doc.tree.xpath(_HREF_MENTIONS, host=host, tab="\t", cr="\r", lf="\n"),
    )


def _anchors_to(doc: Document, base: str, wanted: str) -> list[lxml.html.HtmlElement]:
    """The ``<a href>`` elements whose resolved URL (fragment dropped) is ``wanted``.

    Resolving every link costs ~0.45 ms on a long page, so when the page's base is on another
    host than ``wanted`` only links that can reach it are resolved: a relative href keeps the
    base's host, and an href with a host of its own keeps that host as written (urljoin only
    drops tabs and line breaks), so an href that does not contain ``wanted``'s host cannot
    resolve to it. Same answer as resolving them all."""
    try:
        host = urlsplit(wanted).netloc
        same_host = not host or urlsplit(base).netloc == host
    except ValueError:
        same_host = True
    if same_host or ("anchors", base) in doc.memo:
        return [a for url, a in _resolved_anchors(doc, base) if url == wanted]
    found = []
    for a in _anchors_mentioning(doc, host):
        href = a.get("href")
        if href is None or host not in href.translate(_URL_DROPPED):
            continue
        if urldefrag(_unwrapped(_absolute(base, href)) or "\0")[0] == wanted:
            found.append(a)
    return found


def check_link(html: str | bytes | Document, base_url: str, target: str) -> LinkCheck:
    """Does the page link to ``target`` (an ``<a href>`` resolving to it, fragments ignored),
    is such a link in the main content, and what kind of mention is it (from h-entry
    ``in-reply-to`` / ``like-of`` / ``repost-of`` / ``bookmark-of``)?

    ``html`` may be a :class:`~blogparade.fetch.parse.Document` shared with :func:`describe`."""
    doc = as_document(html, base_url)
    base = doc.base_for(base_url)
    wanted = urldefrag(target)[0]
    anchors = _anchors_to(doc, base, wanted)
    found = bool(anchors)
    in_main_content = False
    if found:
        main = _main(doc)
        in_main_content = any(in_main(a, main) for a in anchors)
    mention_type = "mention"
    entry = doc.mf2_entry(base) if found else None
    if entry:
        props = entry.get("properties", {})
        for prop, kind in (
            ("in-reply-to", "reply"),
            ("repost-of", "repost"),
            ("like-of", "like"),
            ("bookmark-of", "bookmark"),
        ):
            if any(
                _same_target(_absolute(base, u) or "\0", target) for u in _mf_targets(props, prop)
            ):
                mention_type = kind
                break
    return LinkCheck(found=found, in_main_content=in_main_content, mention_type=mention_type)
