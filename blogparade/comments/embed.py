"""``GET /embed.js`` — the comment thread widget for pages of registered sites.

The script itself is public (anyone may load it); what it may read and write is decided by
the ``/isso/`` API's CORS and Origin checks. Served from memory with a short cache lifetime
and an ETag, so a change reaches embedding pages within an hour.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.views.decorators.http import require_safe

SCRIPT = Path(__file__).parent / "static" / "comments" / "embed.js"


@lru_cache(maxsize=1)
def _script() -> tuple[bytes, str]:
    body = SCRIPT.read_bytes()
    return body, '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


@require_safe
def embed_js(request: HttpRequest) -> HttpResponse:
    body, etag = _script()
    if request.headers.get("If-None-Match") == etag:
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response
