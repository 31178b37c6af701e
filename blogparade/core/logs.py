"""Logs an operator can search: every line of a request carries its request id, and with
``BLOGPARADE_LOG_FORMAT=json`` each line is one JSON object.

:class:`RequestId` (middleware) takes the ``X-Request-ID`` the proxy sent when
``BLOGPARADE_TRUSTED_PROXIES`` names one (letters, digits, ``-`` and ``_``, at most 64) or
makes one, keeps it for the request's log lines and
answers with it in ``X-Request-ID``. Lines outside a request (the worker, the CLI) carry
``-``.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

request_id: ContextVar[str] = ContextVar("blogparade_request_id", default="-")
_GOOD_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class RequestIdFilter(logging.Filter):
    """Puts the current request id on every record (``%(request_id)s``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, request id (and the traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
            "process": record.process,
            "thread": record.threadName,
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class RequestId:
    """Middleware (outermost): the request id for the request's log lines and its answer."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.conf import settings

        # Behind a trusted proxy (which sets or overwrites the header) its id is kept, so the
        # proxy's log and ours name a request alike; otherwise a fresh one.
        given = request.headers.get("X-Request-ID", "") if settings.TRUSTED_PROXIES else ""
        value = given if _GOOD_ID.match(given) else uuid.uuid4().hex[:16]
        token = request_id.set(value)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = value
        return response
