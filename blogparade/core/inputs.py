"""Malformed input is the sender's mistake, answered with 400 — never a 500.

:class:`RejectMalformedInput` (middleware) refuses a request whose query string or form
fields hold a NUL byte (PostgreSQL cannot store one, and no address, name or search has one). :func:`parse_json` reads a JSON body the same way: bounded
nesting (a 100,000-deep array would exhaust Python's recursion) and no NUL in any string.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

MAX_JSON_DEPTH = 64


class MalformedInput(ValueError):
    """The request's data cannot be meant: a NUL byte, too deep, not JSON."""


def _depth_ok(text: str, limit: int) -> bool:
    """Brackets nest at most ``limit`` deep (counted outside strings, cheaply, before parsing)."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    return False


def parse_json(body: bytes, default: Any = None) -> Any:
    """The JSON document in ``body`` (``default`` when empty). Raises :class:`MalformedInput`
    for anything that is not JSON, nests deeper than :data:`MAX_JSON_DEPTH`, or holds a NUL."""
    if not body:
        return default
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedInput("not UTF-8") from None
    if not _depth_ok(text, MAX_JSON_DEPTH):
        raise MalformedInput("nested too deep")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise MalformedInput("not JSON") from None
    if _has_nul(data):
        raise MalformedInput("NUL byte")
    return data


def wants_json(request: HttpRequest) -> bool:
    """Does this request's endpoint (or its client) speak JSON rather than HTML?"""
    return request.path.startswith(("/isso/", "/api/")) or "json" in request.headers.get(
        "Accept", ""
    )


class RejectMalformedInput:
    """Middleware: 400 for a NUL byte in the query string or in form fields, before any view
    or database sees it (JSON where the endpoint speaks it)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problem = self._problem(request)
        if problem:
            if wants_json(request):
                return JsonResponse({"error": problem}, status=400)
            return HttpResponse(problem, status=400, content_type="text/plain; charset=utf-8")
        return self.get_response(request)

    @staticmethod
    def _problem(request: HttpRequest) -> str:
        if "\x00" in request.META.get("QUERY_STRING", "") or "%00" in request.META.get(
            "QUERY_STRING", ""
        ):
            return "A NUL byte has no place in an address or a query."
        content_type = request.META.get("CONTENT_TYPE", "")
        if request.method == "POST" and content_type.startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            try:
                fields = request.POST.lists()
            except Exception:
                return ""  # Django's own limits answer (400/413) when the body is read
            for _name, values in fields:
                if any("\x00" in v for v in values if isinstance(v, str)):
                    return "A NUL byte has no place in a form field."
        return ""


def query_int(request: HttpRequest, name: str, default: int, lo: int, hi: int) -> int:
    """The integer query parameter ``name`` (``default`` when absent); :class:`MalformedInput`
    when it is given twice, is no whole number, or lies outside ``lo``–``hi``."""
    values = request.GET.getlist(name)
    if not values:
        return default
    if len(values) > 1:
        raise MalformedInput(_("%(name)s is given more than once.") % {"name": name})
    text = values[0].strip()
    if not re.fullmatch(r"[+-]?[0-9]{1,30}", text):
        raise MalformedInput(_("%(name)s must be a whole number.") % {"name": name})
    value = int(text)
    if not lo <= value <= hi:
        raise MalformedInput(
            _("%(name)s must lie between %(lo)s and %(hi)s.") % {"name": name, "lo": lo, "hi": hi}
        )
    return value


def query_url(request: HttpRequest, name: str) -> str:
    """The absolute http(s) address in the query parameter ``name``; :class:`MalformedInput`
    when it is missing, given twice, or no such address."""
    from urllib.parse import urlsplit

    values = request.GET.getlist(name)
    if len(values) != 1 or not values[0].strip():
        raise MalformedInput(_("%(name)s must be given once.") % {"name": name})
    parts = urlsplit(values[0].strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise MalformedInput(_("%(name)s must be an http(s) address.") % {"name": name})
    return values[0]
