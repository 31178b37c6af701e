"""Error answers: styled, localised pages with a way on, JSON where the endpoint speaks JSON,
and 503 with ``Retry-After`` — never a bare 500 — when the database is busy or away.

The pages (``templates/400.html`` … ``503.html``) stand alone: they touch no session, user or
database, so a server error or a locked database can still show them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _

from blogparade.core.inputs import wants_json

logger = logging.getLogger("blogparade.errors")

RETRY_AFTER_BUSY = 10  # seconds; a lock or a restart is usually over by then


def _page(template: str, status: int) -> HttpResponse:
    # No request context: the context processors would reach for the session and the user.
    body = loader.get_template(template).render({})
    return HttpResponse(body, status=status, content_type="text/html; charset=utf-8")


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"error": _("The request could not be understood.")}, status=400)
    return _page("400.html", 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"error": _("You may not do this.")}, status=403)
    return _page("403.html", 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"error": _("Not found.")}, status=404)
    return _page("404.html", 404)


def server_error(request: HttpRequest) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"error": _("Something went wrong on our side.")}, status=500)
    return _page("500.html", 500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    if wants_json(request):
        return JsonResponse(
            {"error": _("The form could not be sent; reload the page.")}, status=403
        )
    return _page("403_csrf.html", 403)


def busy(request: HttpRequest) -> HttpResponse:
    """503 with ``Retry-After``: the database is locked, full, or cannot be reached."""
    if wants_json(request):
        response: HttpResponse = JsonResponse(
            {"error": _("The site is busy right now; please try again in a few seconds.")},
            status=503,
        )
    else:
        response = _page("503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER_BUSY)
    return response


class DatabaseBusy:
    """Middleware (innermost): a view that meets a database error it cannot do anything about
    — SQLite's lock timeout, a full disk, PostgreSQL gone or out of connections — answers 503
    with ``Retry-After`` instead of a 500. The error is still logged."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.warning(
            "database busy or unavailable on %s %s: %s", request.method, request.path, exception
        )
        return busy(request)
