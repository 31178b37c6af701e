"""Turn what commenters type into safe output.

* :func:`render_markdown` — the safe Markdown subset (links, emphasis, lists, quotes, code)
  rendered with markdown-it-py, raw HTML off, then cleaned by nh3 with an allowlist; links get
  ``rel="nofollow ugc noopener"``. Called once at write time; the result is stored.
* :func:`clean_line` — strips control, bidi-override and zero-width characters from one-line
  fields (name, website) so they cannot reorder or hide text around them.
* :func:`safe_website` — an ``http(s)`` URL or ``""``.
* :func:`visitor_hash` / :func:`identicon_svg` — salted hashes and the avatar drawn from them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

import nh3
from django.conf import settings
from django.utils.crypto import salted_hmac
from markdown_it import MarkdownIt

ALLOWED_TAGS = {"p", "br", "a", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre"}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}
LINK_REL = "nofollow ugc noopener"

_md = MarkdownIt("commonmark", {"html": False, "breaks": True}).disable(
    ["image", "heading", "lheading", "hr", "html_block", "html_inline", "reference"]
)

# Bidi embeddings/overrides/isolates, zero-width and other invisible formatting characters.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u00ad]")


def strip_invisible(value: str) -> str:
    value = _INVISIBLE.sub("", value)
    return "".join(
        ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs", "Co")
    )


def clean_line(value: str | None, max_length: int = 120) -> str:
    value = strip_invisible(value or "")
    value = " ".join(value.split())
    return value[:max_length]


# Markdown's inline parser costs more than linear time on runs of brackets and emphasis
# markers ("*[" 32,767 times took 2 s): past this many, a text is rendered as plain paragraphs.
MARKUP_CHARS_MAX = 2000
_MARKUP_CHARS = re.compile(r"[\[\]*_`<>!]")


@lru_cache(maxsize=32)
def render_markdown(text: str) -> str:
    """Markdown → sanitised HTML (the only HTML any comment ever carries). A text with more
    than :data:`MARKUP_CHARS_MAX` markup characters — no real comment has them — is shown
    as plain paragraphs instead, at linear cost. The last few results are kept, so a
    comment's checks (links, blocklist) and its storing render it once."""
    text = strip_invisible(text or "")
    if len(_MARKUP_CHARS.findall(text)) > MARKUP_CHARS_MAX:
        from django.utils.html import escape

        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    html = _md.render(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=LINK_REL,
        strip_comments=True,
    ).strip()


def safe_website(value: str | None) -> str:
    """An http(s) URL with a host, or ''. A bare ``example.com`` becomes ``https://example.com``."""
    value = clean_line(value, 2000)
    if not value:
        return ""
    if "://" not in value and re.match(r"^[\w.-]+\.[a-z]{2,}(/|$)", value, re.I):
        value = "https://" + value
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    if any(c in value for c in "\"'<> \\`"):
        return ""
    return value


def link_count(text: str) -> int:
    html = render_markdown(text)
    return html.count("<a ")


def link_hosts(text: str) -> list[str]:
    hosts = []
    for href in re.findall(r'href="([^"]+)"', render_markdown(text)):
        host = (urlsplit(href.replace("&amp;", "&")).hostname or "").lower()
        if host:
            hosts.append(host)
    return hosts


def visitor_hash(value: str, purpose: str = "visitor") -> str:
    """A salted, non-reversible key for an address or email (never the value itself)."""
    return salted_hmac(f"blogparade.comments.{purpose}", value or "").hexdigest()


def avatar_hash(email: str, ip: str) -> str:
    """Isso's ``hash``: 12 hex digits that seed the identicon; salted, so emails stay secret."""
    return visitor_hash((email or ip or "").lower(), "avatar")[:12]


GRAVATAR_BASE = "https://www.gravatar.com/avatar/"


def gravatar_enabled() -> bool:
    """Gravatar only when the operator turns it on (``settings.GRAVATAR``); by default every
    avatar is drawn locally and no reader's browser asks a third party for anything."""
    return bool(settings.GRAVATAR)


def gravatar_url(email: str, fallback_seed: str = "", size: int = 48) -> str:
    """Gravatar's image for ``email`` (SHA-256 of the trimmed, lower-case address, as Gravatar
    accepts), with Gravatar's identicon for addresses without one. Without an email the
    salted ``fallback_seed`` is hashed instead, so nothing about the commenter leaks."""
    email = (email or "").strip().lower()
    digest = hashlib.sha256((email or f"blogparade:{fallback_seed}").encode()).hexdigest()
    base = settings.GRAVATAR_URL or GRAVATAR_BASE
    return f"{base}{digest}?d=identicon&s={int(size)}"


@lru_cache(maxsize=4096)
def identicon_svg(seed: str, size: int = 40) -> str:
    """A 5x5 mirrored identicon as inline SVG drawn only from ``seed``'s hex digits."""
    digest = visitor_hash(seed, "identicon")
    hue = int(digest[:3], 16) % 360
    colour = f"hsl({hue},55%,50%)"
    cells = []
    bits = int(digest[3:11], 16)
    for row in range(5):
        for col in range(3):
            if bits & 1:
                for x in {col, 4 - col}:
                    cells.append(f'<rect x="{x + 1}" y="{row + 1}" width="1" height="1"/>')
            bits >>= 1
    return (
        f'<svg class="bp-avatar" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 7 7" '
        f'width="{size}" height="{size}" aria-hidden="true" focusable="false">'
        f'<rect width="7" height="7" fill="#f0f0f0"/><g fill="{colour}">{"".join(cells)}</g></svg>'
    )
