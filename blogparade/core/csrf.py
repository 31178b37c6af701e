"""Cross-site request forgery protection for the public forms of cached pages.

A page that every reader gets from the page cache (:mod:`blogparade.core.pagecache`) cannot
carry a per-reader CSRF token. Its forms — take part, comment, like, reminder, language —
are protected the way browsers now make possible without one: a browser says where a request
comes from, in ``Sec-Fetch-Site`` (every current browser) and in ``Origin`` (sent on every
cross-origin ``POST`` since 2020). A request a browser marks as coming from another site is
refused; one it marks as coming from this site (or typed by the reader) passes. When neither
header is present the request did not come from a current browser, and Django's token check
applies as before — so the token still works for pages that carry it (a signed-in host's).

This is the scheme of OWASP's "Fetch Metadata" and "Verifying Origin With Standard Headers"
defences. Everything else in the site keeps Django's token middleware.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.views.decorators.csrf import csrf_exempt

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


def own_origins(request: HttpRequest) -> set[str]:
    """The origins this site is reached at: ``BLOGPARADE_BASE_URL``'s, the request's own
    (host and scheme as Django sees them) and Django's ``CSRF_TRUSTED_ORIGINS``."""
    from blogparade.core.models import origin_of

    found = {origin_of(settings.BASE_URL), origin_of(f"{request.scheme}://{request.get_host()}")}
    found.update(origin_of(o) for o in settings.CSRF_TRUSTED_ORIGINS)
    return found - {""}


def same_origin(request: HttpRequest) -> bool | None:
    """``True`` when the browser says the request comes from this site, ``False`` when it
    says it comes from another one, ``None`` when it says nothing (not a current browser)."""
    site = request.headers.get("Sec-Fetch-Site", "").strip().lower()
    if site:
        return site in ("same-origin", "none")
    origin = request.headers.get("Origin", "").strip()
    if origin:
        from blogparade.core.models import origin_of

        return origin != "null" and origin_of(origin) in own_origins(request)
    return None


def _token_check(request: HttpRequest) -> HttpResponse | None:
    """Django's own token check, as the middleware would have run it."""

    def view(request: HttpRequest) -> HttpResponse:  # pragma: no cover - never called
        raise AssertionError

    middleware = CsrfViewMiddleware(lambda r: HttpResponse())
    middleware.process_request(request)
    return middleware.process_view(request, view, (), {})


def origin_checked(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For a public form's view: accept a state-changing request a browser sent from this
    site with or without a token, refuse one from another site, and fall back to Django's
    token check when the request carries no browser header at all."""

    @csrf_exempt
    @wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if request.method not in SAFE_METHODS:
            verdict = same_origin(request)
            if verdict is False:
                from blogparade.core.errors import csrf_failure

                return csrf_failure(request, reason="cross-site request")
            if verdict is None:
                refused = _token_check(request)
                if refused is not None:
                    return refused
        return view(request, *args, **kwargs)

    return wrapped
