"""Parsing foreign HTML into an lxml tree, whatever arrives (malformed, huge, binary, empty)."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .charset import decode_html

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_PARSER = lxml.html.HTMLParser(recover=True, remove_comments=True, remove_pis=True, huge_tree=False)


def to_text(markup: str | bytes, content_type: str = "") -> str:
    """Decode bytes (see :func:`charset.decode_html`); strings pass through."""
    return decode_html(markup, content_type) if isinstance(markup, bytes) else markup


def parse(markup: str | bytes, content_type: str = "") -> lxml.html.HtmlElement:
    """An HTML document tree; never raises. Comments are dropped (nothing is read from them)."""
    text = _CONTROL.sub("", _XML_DECL.sub("", to_text(markup, content_type), count=1))
    if not text.strip():
        text = "<html><body></body></html>"
    try:
        return lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER)


def rel_tokens(value: str | None) -> list[str]:
    """The rel attribute as lower-case tokens split on ASCII white space."""
    return (value or "").lower().split()
