"""Reading OPML subscription lists (the blogroll a host exports from a feed reader).

:func:`parse_opml` takes the uploaded bytes and returns the feeds it lists, or raises
:class:`OPMLError` with one translated sentence — for a file that is too large, is not XML,
declares entities (billion laughs, external entities: refused by defusedxml), is XML but not
OPML, lists no feed or too many. Callers import all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

MAX_BYTES = 1_000_000
MAX_FEEDS = 1000


class OPMLError(ValueError):
    """The file cannot be imported; ``str(error)`` says why, for the host."""


@dataclass(frozen=True)
class OutlineFeed:
    title: str
    xml_url: str
    html_url: str


def _http(url: str | None) -> str:
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    ok = parts.scheme in ("http", "https") and parts.hostname and len(url) <= 2000
    return url if ok else ""


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_opml(data: bytes) -> list[OutlineFeed]:
    """The feeds (``xmlUrl``, else a blog's ``htmlUrl`` whose feed is discovered later) of an
    OPML document, deduplicated, in document order. Raises :class:`OPMLError`."""
    if len(data) > MAX_BYTES:
        raise OPMLError(_("The file is too large (at most %(n)d kB).") % {"n": MAX_BYTES // 1000})
    if not data.strip():
        raise OPMLError(_("The file is empty."))
    try:
        root = fromstring(data)
    except DefusedXmlException:
        raise OPMLError(
            _("The file declares entities or a DTD, which are not accepted in OPML.")
        ) from None
    except (ParseError, ValueError, UnicodeError):
        raise OPMLError(_("The file is not well-formed XML, so it cannot be OPML.")) from None
    if _local(root.tag) != "opml":
        raise OPMLError(_("The file is XML but not OPML (its root element is not <opml>)."))
    body = next((child for child in root if _local(child.tag) == "body"), None)
    if body is None:
        raise OPMLError(_("The OPML file has no <body>."))
    feeds: list[OutlineFeed] = []
    seen: set[str] = set()
    for outline in body.iter():
        if _local(outline.tag) != "outline":
            continue
        attrs = {k.lower(): v for k, v in outline.attrib.items()}
        xml_url = _http(attrs.get("xmlurl"))
        html_url = _http(attrs.get("htmlurl"))
        url = xml_url or html_url
        if not url or url in seen:
            continue
        seen.add(url)
        title = " ".join((attrs.get("title") or attrs.get("text") or "").split())[:300]
        feeds.append(OutlineFeed(title=title, xml_url=xml_url, html_url=html_url))
        if len(feeds) > MAX_FEEDS:
            raise OPMLError(
                _("The file lists more than %(n)d feeds; please split it.") % {"n": MAX_FEEDS}
            )
    if not feeds:
        raise OPMLError(_("The OPML file lists no feed or blog address."))
    return feeds
