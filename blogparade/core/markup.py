"""Safe Markdown for text written by hosts (call text, rules, roundup intros).

Markdown is rendered by markdown-it-py with raw HTML disabled, then the result goes through
an nh3 allowlist, so neither a host's input nor a bug in the renderer can put scripts,
event handlers or ``javascript:`` links on a page. Every link gets ``rel="nofollow ugc noopener"``.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "s", "strong", "sub", "sup", "table", "tbody", "td",
    "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "td": {"align"},
    "th": {"align"},
}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"]
)


def sanitize_html(html: str) -> str:
    """Clean an HTML fragment with the allowlist above (also for HTML from elsewhere)."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )


def render_markdown(text: str) -> str:
    """Markdown source → sanitised HTML fragment (a plain ``str``; callers mark it safe).

    Headings are shifted down one level (``#`` becomes ``<h2>``) because the page has its own
    ``<h1>``. Raw HTML in the source is shown as text, never interpreted.
    """
    if not text:
        return ""
    html = _md.render(text)
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return sanitize_html(html)
