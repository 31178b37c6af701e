"""Is work flowing? The readiness check behind ``/readyz``.

``/healthz`` stays a cheap liveness check (the database answers). Readiness also asks whether
background work is being done:

* the **task queue**: how many tasks wait, and how long the oldest has waited
  (:data:`MAX_QUEUE_AGE` at most);
* the **worker's heartbeat**: :func:`heartbeat` is a task that the periodic runner queues every
  minute and a task worker runs; its last run must be recent (:data:`MAX_HEARTBEAT_AGE`). A
  worker thread that died, a ``worker`` process that is gone, or a ``serve --no-worker`` with
  no worker beside it all show here within a few minutes.

Under ``BLOGPARADE_TASKS=immediate`` tasks run inline: there is no queue and no worker to ask.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_tasks import task

HEARTBEAT = "blogparade.core.health.heartbeat"  # its row in PeriodicRun
HEARTBEAT_EVERY = 60  # seconds
MAX_HEARTBEAT_AGE = 3 * HEARTBEAT_EVERY
MAX_QUEUE_AGE = 5 * 60  # seconds the oldest waiting task may have waited


@task()
def heartbeat() -> None:
    """Run by a task worker: records that one is taking tasks now."""
    from blogparade.core.models import PeriodicRun

    PeriodicRun.objects.update_or_create(
        name=f"{HEARTBEAT}:ran", defaults={"last_run_at": timezone.now()}
    )


@dataclass
class Readiness:
    database: bool = False
    waiting: int | None = None
    oldest_wait: float | None = None  # seconds
    worker_seen: float | None = None  # seconds since the last heartbeat ran
    problems: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, object]:
        return {
            "ready": self.ready,
            "database": "ok" if self.database else "unavailable",
            "tasks": settings.TASKS_MODE,
            "queue": {"waiting": self.waiting, "oldest_wait_seconds": _round(self.oldest_wait)},
            "worker": {"last_heartbeat_seconds_ago": _round(self.worker_seen)},
            "problems": self.problems,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _age(then: datetime | None, now: datetime) -> float | None:
    return None if then is None else max(0.0, (now - then).total_seconds())


def queue_state(now: datetime) -> tuple[int, float | None]:
    """(tasks waiting to run now, seconds the oldest of them has waited)."""
    if settings.TASKS_MODE == "db":
        from django.db.models import Min
        from django_tasks_db.models import DBTaskResult, get_date_max

        waiting = DBTaskResult.objects.ready()
        # A task queued to run later has waited since its run_after, not since it was queued.
        queued = waiting.filter(run_after=get_date_max()).aggregate(first=Min("enqueued_at"))
        due = waiting.exclude(run_after=get_date_max()).aggregate(first=Min("run_after"))
        ages = [a for a in (_age(queued["first"], now), _age(due["first"], now)) if a is not None]
        return waiting.count(), max(ages, default=None)
    if settings.TASKS_MODE == "rq":
        import django_rq

        queue = django_rq.get_queue("default")
        ids = queue.get_job_ids(0, 1)
        job = queue.fetch_job(ids[0]) if ids else None
        enqueued = job.enqueued_at if job is not None else None
        if enqueued is not None and timezone.is_naive(enqueued):
            enqueued = enqueued.replace(tzinfo=UTC)
        return queue.count, _age(enqueued, now)
    return 0, None


def check() -> Readiness:
    """Ask the database, the queue and the heartbeat; never raises."""
    from blogparade.core.models import PeriodicRun

    result = Readiness()
    now = timezone.now()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        result.database = True
    except Exception as exc:
        result.problems.append(f"database unavailable ({type(exc).__name__})")
        return result
    if settings.TASKS_MODE == "immediate":
        return result
    try:
        result.waiting, result.oldest_wait = queue_state(now)
    except Exception as exc:
        result.problems.append(f"task queue unavailable ({type(exc).__name__})")
    else:
        if result.oldest_wait is not None and result.oldest_wait > MAX_QUEUE_AGE:
            result.problems.append(
                f"the oldest task has waited {result.oldest_wait:.0f} s (more than {MAX_QUEUE_AGE} s)"
            )
    beat = PeriodicRun.objects.filter(name=f"{HEARTBEAT}:ran").values_list("last_run_at", flat=True)
    result.worker_seen = _age(beat.first(), now)
    if result.worker_seen is None:
        result.problems.append("no task worker has run a task yet")
    elif result.worker_seen > MAX_HEARTBEAT_AGE:
        result.problems.append(
            f"no task worker has run a task for {result.worker_seen:.0f} s "
            f"(more than {MAX_HEARTBEAT_AGE} s)"
        )
    return result
