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
