"""Webmention and Pingback endpoint discovery.

Webmention (W3C Recommendation, 3.1.2): the HTTP ``Link`` header first — every ``Link``
header, every link-value in each, ``rel`` matched as a space-separated, case-insensitive token
list — then, for HTML, the first ``<link>`` or ``<a>`` element (document order) with an
``href`` and ``rel`` token ``webmention``. Relative URLs resolve against the URL of the page
after redirects; an empty ``href`` is the page itself; query strings are kept. HTML comments
are dropped by the parser, so nothing is read from them; look-alike rels
(``not-webmention``) are not tokens and do not match.

Pingback 1.0: the ``X-Pingback`` header, then ``<link rel="pingback" href="…">``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from django.utils.translation import gettext_noop

from blogparade.core.phrases import Phrase

from .client import FetchError, FetchResult, fetch
from .dom import parse, rel_tokens

HTML_TYPES = ("text/html", "application/xhtml+xml")
DISCOVERY_MAX_BYTES = 1_000_000


@dataclass
class Endpoints:
    webmention: str | None
    pingback: str | None
    final_url: str


def _http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _split_link_values(header: str) -> list[str]:
    """Split a Link header on the commas between link-values (not inside <…> or quotes)."""
    values, current, in_uri, in_quote = [], [], False, False
    for char in header:
        if char == "<" and not in_quote:
            in_uri = True
        elif char == ">" and not in_quote:
            in_uri = False
        elif char == '"' and not in_uri:
            in_quote = not in_quote
        elif char == "," and not in_uri and not in_quote:
            values.append("".join(current))
            current = []
            continue
        current.append(char)
    values.append("".join(current))
    return [v.strip() for v in values if v.strip()]


def parse_link_header(header: str) -> list[tuple[str, list[str]]]:
    """``[(uri_reference, rel_tokens), …]`` for one Link header (RFC 8288, leniently)."""
    links = []
    for value in _split_link_values(header):
        if not value.startswith("<") or ">" not in value:
            continue
        uri, _, params = value[1:].partition(">")
        rels: list[str] = []
        for param in params.split(";"):
            name, sep, raw = param.partition("=")
            if sep and name.strip().lower() == "rel":
                rels = rel_tokens(raw.strip().strip('"').strip("'"))
                break
        links.append((uri.strip(), rels))
    return links


def _from_link_headers(headers: httpx.Headers, rel: str, base: str) -> str | None:
    for header in headers.get_list("link"):
        for uri, rels in parse_link_header(header):
            if rel in rels:
                endpoint = urljoin(base, uri)
                if _http_url(endpoint):
                    return endpoint
    return None


def _from_html(html: str | bytes, rel: str, base: str, tags: tuple[str, ...]) -> str | None:
    tree = parse(html)
    for element in tree.iter(*tags):
        if rel not in rel_tokens(element.get("rel")):
            continue
        href = element.get("href")
        if href is None:
            continue  # a rel without href is no endpoint; keep looking
        endpoint = urljoin(base, href.strip())
        if _http_url(endpoint):
            return endpoint
    return None


def webmention_endpoint_from(
    headers: httpx.Headers, html: str | bytes | None, base: str
) -> str | None:
    """Discovery on an already fetched page; ``base`` is its URL after redirects."""
    found = _from_link_headers(headers, "webmention", base)
    if found is None and html:
        found = _from_html(html, "webmention", base, ("link", "a"))
    return found


def pingback_endpoint_from(
    headers: httpx.Headers, html: str | bytes | None, base: str
) -> str | None:
    """``X-Pingback`` first, then ``<link rel="pingback">``."""
    header = headers.get("x-pingback", "").strip()
    if header:
        endpoint = urljoin(base, header)
        if _http_url(endpoint):
            return endpoint
    if html:
        return _from_html(html, "pingback", base, ("link",))
    return None


def _get(url: str, triggered_by: str) -> tuple[FetchResult, str | None]:
    result = fetch(url, max_bytes=DISCOVERY_MAX_BYTES, triggered_by=triggered_by)
    if result.status >= 400:
        raise FetchError(
            Phrase(
                "discover_status",
                gettext_noop("The page %(url)s answered with HTTP status %(status)d."),
                url=result.final_url,
                status=result.status,
            )
        )
    html = result.text() if result.content_type in HTML_TYPES or not result.content_type else None
    return result, html


def discover(url: str, *, triggered_by: str = "") -> Endpoints:
    """Both endpoints from one fetch of ``url``. Raises FetchError (also for a 4xx/5xx page)."""
    result, html = _get(url, triggered_by)
    return Endpoints(
        webmention=webmention_endpoint_from(result.headers, html, result.final_url),
        pingback=pingback_endpoint_from(result.headers, html, result.final_url),
        final_url=result.final_url,
    )


def discover_webmention(url: str) -> str | None:
    """The absolute Webmention endpoint of ``url``, or None. Raises FetchError."""
    result, html = _get(url, "")
    return webmention_endpoint_from(result.headers, html, result.final_url)


def discover_pingback(url: str) -> str | None:
    """The absolute Pingback endpoint of ``url``, or None. Raises FetchError."""
    result, html = _get(url, "")
    return pingback_endpoint_from(result.headers, html, result.final_url)
