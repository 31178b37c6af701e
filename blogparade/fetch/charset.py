"""Turning the bytes of a foreign page into text, whatever it claims about itself.

Order: byte-order mark, the charset of the Content-Type header, then ``<meta charset>`` /
``http-equiv`` in the first bytes, then detection. A declared charset that does not decode
the bytes (a very common lie) is skipped rather than trusted.
"""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def charset_from_content_type(content_type: str) -> str:
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type or "", re.IGNORECASE)
    return match.group(1).lower() if match else ""


def _codec(name: str) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Per the HTML standard, latin-1/ascii labels mean windows-1252.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def decode_html(content: bytes, content_type: str = "") -> str:
    """Decode ``content`` to str; never raises."""
    if not content:
        return ""
    for bom, name in _BOMS:
        if content.startswith(bom):
            return content.decode(name, errors="replace")
    candidates: list[str] = []
    for name in (
        charset_from_content_type(content_type),
        (
            m.group(1).decode("ascii", "ignore")
            if (m := _META_CHARSET.search(content[:4096]))
            else ""
        ),
    ):
        codec = _codec(name)
        if codec and codec not in candidates:
            candidates.append(codec)
    # Valid UTF-8 with non-ASCII bytes is a stronger signal than any declaration: servers
    # that add "charset=ISO-8859-1" to UTF-8 pages are legion.
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for codec in candidates:
        # utf-16 declared in a meta tag of an ASCII-compatible document is a lie.
        if codec.startswith("utf-16") or codec.startswith("utf-32"):
            continue
        try:
            return content.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(content[:200_000]).best()
        if best is not None and best.encoding:
            return content.decode(best.encoding, errors="replace")
    except Exception:  # noqa: S110 - detection is best effort
        pass
    return content.decode("cp1252", errors="replace")
