"""Response headers that belong to whole areas of the site."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers

PRIVATE_PREFIXES = ("/dashboard/", "/admin/")


class PrivatePagesNoStore:
    """The host's and the operator's pages are never kept by a browser's or a proxy's cache
    (``Cache-Control: no-store``, private): a shared computer's back button shows nothing."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(PRIVATE_PREFIXES):
            add_never_cache_headers(response)
            response["Cache-Control"] = "no-store, no-cache, must-revalidate, private, max-age=0"
        return response


class ContentSecurityPolicy:
    """Every HTML page says where what it loads may come from: this site only. Scripts and
    styles come from our static files (no inline script, no inline style, no ``eval``), images
    from this site (avatars and faces are local copies) — plus Gravatar when the operator
    turned it on —, forms post here, and the page may not be framed, except the fragments
    meant for other sites' pages (``xframe_options_exempt``). Foreign HTML is sanitised
    before it is shown; this is the second line should that ever fail. Django's admin keeps
    its inline styles."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" in response or not response.get("Content-Type", "").startswith(
            "text/html"
        ):
            return response
        response["Content-Security-Policy"] = policy(
            admin=request.path.startswith("/admin/"),
            framed=bool(getattr(response, "xframe_options_exempt", False)),
        )
        return response


def policy(*, admin: bool = False, framed: bool = False) -> str:
    """The Content-Security-Policy of an HTML page."""
    from urllib.parse import urlsplit

    from django.conf import settings

    images = ["'self'", "data:"]
    if settings.GRAVATAR:
        parts = urlsplit(settings.GRAVATAR_URL or "https://www.gravatar.com/avatar/")
        images.append(f"{parts.scheme}://{parts.netloc}")
    directives = {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self' 'unsafe-inline'" if admin else "'self'",
        "img-src": " ".join(images),
        "connect-src": "'self'",
        "form-action": "'self'",
        "base-uri": "'none'",
        "object-src": "'none'",
    }
    if not framed:
        directives["frame-ancestors"] = "'none'"
    return "; ".join(f"{name} {value}" for name, value in directives.items())
