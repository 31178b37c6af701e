"""Local copies of other sites' avatars and preview images, so readers' browsers never ask a
third party.

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
PREVIEW_SIZE = 480
PREVIEW_MAX_BYTES = 3 * 1024 * 1024
PREVIEW_FOLDER = "previews"


def copy_path(url: str, folder: str = FOLDER, suffix: str = ".png") -> tuple[Path, str]:
    """``(file, URL path)`` of the copy of ``url`` (whether or not it exists yet)."""
    name = hashlib.sha256(url.encode()).hexdigest()[:40] + suffix
    return Path(settings.MEDIA_ROOT) / folder / name, f"{settings.MEDIA_URL}{folder}/{name}"


def copy_avatar(url: str, *, triggered_by: str = "") -> str:
    """A local copy of the image at ``url``; ``""`` if it cannot be had. Fetched once."""
    return _copy(url, size=SIZE, folder=FOLDER, fmt="PNG", max_bytes=MAX_BYTES, why="avatar",
                 triggered_by=triggered_by)  # fmt: skip


def copy_preview(url: str, *, triggered_by: str = "") -> str:
    """A local copy of a page's preview image (``og:image``) for the reading list: at most
    :data:`PREVIEW_SIZE` pixels a side, as JPEG; ``""`` if it cannot be had."""
    return _copy(url, size=PREVIEW_SIZE, folder=PREVIEW_FOLDER, fmt="JPEG",
                 max_bytes=PREVIEW_MAX_BYTES, why="preview image", triggered_by=triggered_by)  # fmt: skip


def _copy(
    url: str, *, size: int, folder: str, fmt: str, max_bytes: int, why: str, triggered_by: str
) -> str:
    from PIL import Image

    from blogparade.fetch.client import FetchError, fetch

    url = (url or "").strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > 2000:
        return ""
    path, public = copy_path(url, folder, ".png" if fmt == "PNG" else ".jpg")
    if path.exists():
        return public
    try:
        result = fetch(
            url,
            accept=IMAGE_TYPES,
            max_bytes=max_bytes,
            truncate=False,
            timeout=10.0,
            triggered_by=triggered_by or why,
        )
    except FetchError as exc:
        logger.info("%s %s not copied: %s", why, url, exc.reason)
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
            image = image.convert("RGBA" if fmt == "PNG" else "RGB")
            image.thumbnail((size, size))
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        options = {"optimize": True} if fmt == "PNG" else {"quality": 82, "optimize": True}
        image.save(partial, format=fmt, **options)
        partial.replace(path)
    except Exception as exc:  # a broken or hostile image is simply no picture
        logger.info("%s %s not copied: %s", why, url, type(exc).__name__)
        return ""
    return public
