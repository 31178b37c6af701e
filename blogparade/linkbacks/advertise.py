"""Advertising our Webmention and Pingback endpoints on the pages that are targets.

Use one of:

* ``add_linkback_headers(response)`` on a response (returns it);
* ``@advertise_linkbacks`` on a view;
* ``blogparade.linkbacks.advertise.LinkbackHeadersMiddleware`` in ``MIDDLEWARE`` (adds the
  headers to every response of the URL named ``parade``);

and in the page's ``<head>``: ``{% include "linkbacks/_head_links.html" %}``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse

ADVERTISED_URL_NAMES = {"parade"}


def webmention_endpoint() -> str:
    return settings.BASE_URL.rstrip("/") + "/webmention"


def pingback_endpoint() -> str:
    return settings.BASE_URL.rstrip("/") + "/xmlrpc"


def add_linkback_headers(response: HttpResponse) -> HttpResponse:
    """Add ``Link: <…/webmention>; rel="webmention"`` and ``X-Pingback: …/xmlrpc``."""
    link = f'<{webmention_endpoint()}>; rel="webmention"'
    existing = response.get("Link", "")
    if link not in existing:
        response["Link"] = f"{existing}, {link}" if existing else link
    response["X-Pingback"] = pingback_endpoint()
    return response


def advertise_linkbacks(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return add_linkback_headers(view(request, *args, **kwargs))

    return wrapped


class LinkbackHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if (
            match is not None
            and match.url_name in ADVERTISED_URL_NAMES
            and response.status_code < 400
        ):
            add_linkback_headers(response)
        return response
