"""The WSGI entry point around Django. What the WSGI server in front of Django used to do
for us, for any server: refuse a request body over ``MAX_BODY`` before it is read (413), and
take the scheme a trusted proxy reports (``X-Forwarded-Proto``) — only from a proxy in
``BLOGPARADE_TRUSTED_PROXIES``; the client's address behind such a proxy is read where it is
used (:mod:`blogparade.core.clientip`). And the fast paths: a fresh cached page
(:func:`blogparade.core.pagecache.answer_before_django`) and the few read-only views marked
for it (:mod:`blogparade.core.fastpath`) are answered here, without Django's middleware.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

# No request needs more: an avatar is at most 1 MB. The one exception is the dashboard's
# upload of a WordPress export (a signed-in host's form, so only with a session cookie;
# checked again by its view).
MAX_BODY = 8 * 1024 * 1024
UPLOAD_MAX_BODY = 64 * 1024 * 1024
UPLOAD_PATH = re.compile(r"/dashboard/p/[-a-zA-Z0-9_]+/import/")

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def guard(app: WSGIApp) -> WSGIApp:
    # Imported once Django is set up (the first request), not on every request.
    from django.conf import settings

    from blogparade.core import fastpath, pagecache
    from blogparade.core.clientip import from_trusted_proxy

    def guarded(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        # The reader's most common request first: a plain GET, as the page cache may answer it.
        cache_first = (
            environ.get("REQUEST_METHOD") == "GET"
            and environ.get("CONTENT_LENGTH", "0") in ("", "0")
            and not settings.TRUSTED_PROXIES
        )
        if cache_first:
            answer = pagecache.answer_before_django(environ)
            if answer is not None:
                status, headers, body = answer
                start_response(status, headers)
                return [body]
        length = environ.get("CONTENT_LENGTH") or "0"
        limit = (
            UPLOAD_MAX_BODY
            if environ.get("REQUEST_METHOD") == "POST"
            and UPLOAD_PATH.fullmatch(environ.get("PATH_INFO", ""))
            and f"{settings.SESSION_COOKIE_NAME}=" in environ.get("HTTP_COOKIE", "")
            else MAX_BODY
        )
        if not length.isdigit() or int(length) > limit:
            body = b"Request body too large.\n" if length.isdigit() else b"Bad Content-Length.\n"
            status = "413 Content Too Large" if length.isdigit() else "400 Bad Request"
            start_response(
                status,
                [
                    ("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Length", str(len(body))),
                    ("Connection", "close"),
                ],
            )
            return [body]
        if settings.TRUSTED_PROXIES and from_trusted_proxy(environ.get("REMOTE_ADDR", "")):
            proto = environ.get("HTTP_X_FORWARDED_PROTO", "").split(",")[-1].strip().lower()
            if proto in ("http", "https"):
                environ["wsgi.url_scheme"] = proto
        answer = None
        if environ.get("REQUEST_METHOD") in ("GET", "HEAD") and not cache_first:
            answer = pagecache.answer_before_django(environ)
        if answer is None:
            answer = fastpath.answer(environ)
        if answer is not None:
            status, headers, body = answer
            start_response(status, headers)
            return [body]
        return app(environ, start_response)

    return guarded
