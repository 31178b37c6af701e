"""Local copies of other sites' avatars, so readers' browsers never ask a third party.

:func:`copy_avatar` fetches an image through the safe client (an image type, at most
:data:`MAX_BYTES`), decodes it with Pillow under a pixel limit, and writes a small PNG (at most
:data:`SIZE` pixels a side, metadata and animation dropped) under ``MEDIA_ROOT/remote-avatars/``,
named by the hash of its URL. It returns the copy's URL path, or ``""`` when anything fails —
a missing face is never an error.
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from pathlib import Path

from django.conf import settings

logger = logging.getLogger("blogparade.fetch")

MAX_BYTES = 512 * 1024
MAX_PIXELS = 4096 * 4096
SIZE = 96
FOLDER = "remote-avatars"
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")


def copy_path(url: str) -> tuple[Path, str]:
    """``(file, URL path)`` of the copy of ``url`` (whether or not it exists yet)."""
    name = hashlib.sha256(url.encode()).hexdigest()[:40] + ".png"
    return Path(settings.MEDIA_ROOT) / FOLDER / name, f"{settings.MEDIA_URL}{FOLDER}/{name}"


def copy_avatar(url: str, *, triggered_by: str = "") -> str:
    """A local copy of the image at ``url``; ``""`` if it cannot be had. Fetched once."""
    from PIL import Image

    from blogparade.fetch.client import FetchError, fetch

    url = (url or "").strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > 2000:
        return ""
    path, public = copy_path(url)
    if path.exists():
        return public
    try:
        result = fetch(
            url,
            accept=IMAGE_TYPES,
            max_bytes=MAX_BYTES,
            truncate=False,
            timeout=10.0,
            triggered_by=triggered_by or "avatar",
        )
    except FetchError as exc:
        logger.info("avatar %s not copied: %s", url, exc.reason)
        return ""
    if not 200 <= result.status < 300:
        return ""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(result.content))
            if image.width * image.height > MAX_PIXELS:
                return ""
            image.seek(0)
            image = image.convert("RGBA")
            image.thumbnail((SIZE, SIZE))
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        image.save(partial, format="PNG", optimize=True)
        partial.replace(path)
    except Exception as exc:  # a broken or hostile image is simply no face
        logger.info("avatar %s not copied: %s", url, type(exc).__name__)
        return ""
    return public
