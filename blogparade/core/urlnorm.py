"""URL canonicalisation for duplicate detection (no network; redirects and
``rel=canonical`` are applied by the pipeline, which then calls :func:`canonical_url`)."""

from __future__ import annotations

import contextlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = {
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "igshid",
    "ref_src",
    "yclid",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "si",
    "ref",
}


def is_http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def canonical_url(url: str) -> str:
    """Fold the differences that do not change which post a URL names.

    Lower-cases scheme and host, treats http and https alike, drops ``www.``, default ports,
    fragments, tracking parameters (``utm_*``, ``fbclid`` …) and a trailing slash. The result
    is a comparison key, not a URL to fetch.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
        )
    )
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit(("https", netloc, path, query, ""))
