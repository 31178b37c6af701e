"""``/metrics``: figures for Prometheus (text exposition format 0.0.4), off unless
``BLOGPARADE_METRICS=on``; with ``BLOGPARADE_METRICS_TOKEN`` set, only for
``Authorization: Bearer <token>``.

What it reports:

* ``blogparade_http_requests_total{method,status}`` — answered by *this* process since it
  started (each ``serve`` process counts its own; scrape each one, or sum);
* ``blogparade_tasks_waiting`` and ``blogparade_task_oldest_wait_seconds`` — the task queue;
* ``blogparade_worker_processes`` — background processes with a fresh heartbeat;
* ``blogparade_mentions{status}``, ``blogparade_contributions{status}``,
  ``blogparade_comments{status}`` — how verification and moderation stand, from the database;
* ``blogparade_mail_total{outcome}`` — messages sent and failed since the instance began, by
  every process (counted by ``core.mail.CountingBackend``, kept in the database).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse

_requests: Counter[tuple[str, str]] = Counter()
_lock = threading.Lock()
METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"}


class CountRequests:
    """Middleware: counts answered requests by method and status class (2xx, 3xx …)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        count_request(request.method or "", response.status_code)
        return response


def count_request(method: str, status: int) -> None:
    """Count one answered request (also for answers given before Django's handler, such as
    the page cache's)."""
    if settings.METRICS:
        method = method if method in METHODS else "OTHER"
        with _lock:
            _requests[(method, f"{status // 100}xx")] += 1


def _escape(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _family(name: str, kind: str, help_text: str, samples: Iterable[tuple[dict, float]]) -> str:
    lines = [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
    for labels, value in samples:
        label_text = ",".join(f'{k}="{_escape(v)}"' for k, v in labels.items())
        lines.append(f"{name}{{{label_text}}} {value}" if label_text else f"{name} {value}")
    return "\n".join(lines)


# Gauges the apps register in their ``AppConfig.ready`` (core names no app): name →
# (help text, function returning [(labels, value)]).
GAUGES: dict[str, tuple[str, Callable[[], list[tuple[dict, float]]]]] = {}


def register_gauge(name: str, help_text: str, read: Callable[[], list[tuple[dict, float]]]) -> None:
    GAUGES[name] = (help_text, read)


def by_status(model: type) -> Callable[[], list[tuple[dict, float]]]:
    """A gauge reader: how many rows of ``model`` (with a ``Status`` choice) have each status."""

    def read() -> list[tuple[dict, float]]:
        rows = model.objects.order_by().values_list("status").annotate(n=Count("pk"))
        counts = dict(rows.values_list("status", "n"))
        return [({"status": value}, counts.get(value, 0)) for value in model.Status.values]

    return read


def exposition() -> str:
    from datetime import timedelta

    from django.utils import timezone

    from blogparade.core import health
    from blogparade.core.models import MailCount, WorkerHeartbeat
    from blogparade.core.worker import dead_after

    with _lock:
        requests = [({"method": m, "status": s}, n) for (m, s), n in sorted(_requests.items())]
    waiting, oldest = health.queue_state(timezone.now())
    alive = WorkerHeartbeat.objects.filter(
        last_seen__gte=timezone.now() - timedelta(seconds=dead_after())
    ).count()
    mail = dict(MailCount.objects.values_list("outcome", "count"))
    families = [
        _family(
            "blogparade_http_requests_total",
            "counter",
            "Requests answered by this process, by method and status class.",
            requests,
        ),
        _family("blogparade_tasks_waiting", "gauge", "Tasks waiting to run.", [({}, waiting)]),
        _family(
            "blogparade_task_oldest_wait_seconds",
            "gauge",
            "How long the oldest waiting task has waited.",
            [({}, round(oldest or 0.0, 3))],
        ),
        _family(
            "blogparade_worker_processes",
            "gauge",
            "Background processes with a fresh heartbeat.",
            [({}, alive)],
        ),
        _family(
            "blogparade_mail_total",
            "counter",
            "Messages sent, and messages that failed, by every process.",
            [({"outcome": outcome}, mail.get(outcome, 0)) for outcome in ("sent", "failed")],
        ),
    ]
    families += [
        _family(name, "gauge", help_text, read())
        for name, (help_text, read) in sorted(GAUGES.items())
    ]
    return "\n".join(families) + "\n"


def metrics_view(request: HttpRequest) -> HttpResponse:
    """404 while metrics are off; 401 without the configured token."""
    import hmac

    if not settings.METRICS:
        raise Http404
    token = settings.METRICS_TOKEN
    if token:
        given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            response = HttpResponse("token required\n", status=401, content_type="text/plain")
            response["WWW-Authenticate"] = 'Bearer realm="metrics"'
            return response
    response = HttpResponse(exposition(), content_type="text/plain; version=0.0.4; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response
