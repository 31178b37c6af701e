"""Answers given at the WSGI entry point, before Django's middleware, for the few hot
endpoints that need none of it.

On every page view of every blog that embeds comment counters, Isso's client asks
``POST /isso/count``; the middleware stack around that view (sessions, locale, messages,
CSRF, CSP …) cost more than twice the view itself. A view marked with
:func:`before_middleware` is called here directly instead, when it is safe to:

* the view must be read-only, handle its own checks (the Isso API's ``api`` decorator does
  CORS, ``Origin`` and content type) and use nothing a middleware sets (no session, user,
  messages or language);
* the request's host must be an allowed one, and its input pass the malformed-input check;
* the response gets the headers the middleware would have added to it (security headers,
  request id) and is counted in ``/metrics``;
* anything unusual — an error, a streaming answer, cookies — goes to Django as always: the
  view is read-only, so asking it twice changes nothing.

The page cache's own fast path is :func:`blogparade.core.pagecache.answer_before_django`.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from django.urls import Resolver404, resolve

_ATTR = "answer_before_middleware"


def before_middleware(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Mark a read-only view that needs no middleware (see the module's documentation)."""
    setattr(view, _ATTR, True)
    return view


def _security_headers() -> list[tuple[str, str]]:
    """What Django's security and clickjacking middleware add to every response."""
    headers = []
    if settings.SECURE_CONTENT_TYPE_NOSNIFF:
        headers.append(("X-Content-Type-Options", "nosniff"))
    if settings.SECURE_REFERRER_POLICY:
        policy = settings.SECURE_REFERRER_POLICY
        headers.append(("Referrer-Policy", policy if isinstance(policy, str) else ",".join(policy)))
    if settings.SECURE_CROSS_ORIGIN_OPENER_POLICY:
        headers.append(("Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY))
    headers.append(("X-Frame-Options", settings.X_FRAME_OPTIONS))
    return headers


def answer(environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], bytes] | None:
    """``(status, headers, body)`` of a marked view, or ``None`` to let Django answer."""
    from django.core.exceptions import DisallowedHost
    from django.core.handlers.wsgi import WSGIRequest
    from django.db import DatabaseError, connection

    from blogparade.core.inputs import RejectMalformedInput
    from blogparade.core.metrics import count_request

    try:
        match = resolve(environ.get("PATH_INFO", "") or "/")
    except Resolver404:
        return None
    if not getattr(match.func, _ATTR, False):
        return None
    request = WSGIRequest(environ)
    try:
        request.get_host()
        if RejectMalformedInput._problem(request):
            return None
        response = match.func(request, *match.args, **match.kwargs)
    except DisallowedHost:
        return None
    except DatabaseError:
        connection.close()
        return None
    except Exception:
        return None
    if response.streaming or response.cookies:
        return None
    body = response.content
    present = {name.lower() for name in response.headers}
    headers = list(response.items())
    headers += [(k, v) for k, v in _security_headers() if k.lower() not in present]
    headers.append(("X-Request-ID", secrets.token_hex(8)))
    if "content-length" not in present:
        headers.append(("Content-Length", str(len(body))))
    count_request(request.method or "", response.status_code)
    status = f"{response.status_code} {response.reason_phrase}"
    return status, headers, b"" if request.method == "HEAD" else body
