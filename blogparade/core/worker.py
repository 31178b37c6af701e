"""Running background tasks: the ``worker`` command and the worker inside ``serve``.

``BLOGPARADE_TASKS=db`` runs django-tasks-db's worker loop; ``rq`` runs an RQ worker on
Redis; ``immediate`` runs tasks inline, so there is nothing to run. Periodic jobs
(re-checks, privacy clean-up) are enqueued by the same process on their intervals.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable

from django.conf import settings

logger = logging.getLogger("blogparade.worker")

# Periodic jobs, registered by the apps that own them (in their ``AppConfig.ready``): name
# (the job's dotted path, also its claim key) → (function or task taking no arguments,
# interval in seconds). Tasks are enqueued, functions called. Core names no app's job.
PERIODIC_JOBS: dict[str, tuple[Callable[[], object], int]] = {}


def job_name(job: Callable[[], object]) -> str:
    """The dotted path of a function or task: the name its runs are claimed under."""
    path = getattr(job, "module_path", None)  # a django-tasks Task
    if path:
        return str(path)
    return f"{job.__module__}.{job.__qualname__}"


def queued_in_database(task: object) -> bool:
    """Does ``task``'s backend keep its queue in our database (django-tasks-db)?"""
    return type(task.get_backend()).__name__ == "DatabaseBackend"  # type: ignore[attr-defined]


def enqueue_with_transaction(task: object, *args: object) -> None:
    """Queue ``task(*args)`` so that a worker sees it exactly when the current transaction's
    rows. On the database task backend the task is written inside the transaction (one
    write with them, atomic, and one write lock fewer for SQLite to hand around); on a
    backend outside the database (RQ) it is queued once the transaction has committed."""
    from django.db import connection, transaction

    if queued_in_database(task) and connection.in_atomic_block:
        task.enqueue(*args)  # type: ignore[attr-defined]
    else:
        transaction.on_commit(lambda: task.enqueue(*args))  # type: ignore[attr-defined]


def register_periodic(job: Callable[[], object], interval: int) -> None:
    """Run ``job`` every ``interval`` seconds, in exactly one process at a time."""
    if interval <= 0:
        raise ValueError("a periodic job needs a positive interval")
    PERIODIC_JOBS[job_name(job)] = (job, interval)


def claim(path: str, interval: int) -> bool:
    """True for exactly one process when ``path`` is due: a conditional UPDATE (or the first
    INSERT) decides, so several `serve` and `worker` processes never run a job twice."""
    from datetime import timedelta

    from django.db import IntegrityError, transaction
    from django.utils import timezone

    from blogparade.core.models import PeriodicRun

    now = timezone.now()
    due_before = now - timedelta(seconds=interval)
    if PeriodicRun.objects.filter(name=path, last_run_at__lte=due_before).update(last_run_at=now):
        return True
    if PeriodicRun.objects.filter(name=path).exists():
        return False  # not due (a read, not an INSERT that fails)
    try:
        with transaction.atomic():
            PeriodicRun.objects.create(name=path, last_run_at=now)
    except IntegrityError:
        return False  # exists and is not due, or another process just claimed it
    return True


class PeriodicRunner:
    """Runs each registered job once per interval across all processes while ``running``."""

    def __init__(self) -> None:
        self.running = True

    def tick(self) -> None:
        """Run what is due. One read of every job's last run decides what to claim, so a tick
        with nothing due writes nothing (and takes no SQLite write lock)."""
        from datetime import timedelta

        from django.utils import timezone

        from blogparade.core.models import PeriodicRun

        try:
            last_runs = dict(PeriodicRun.objects.values_list("name", "last_run_at"))
        except Exception:
            logger.exception("could not read the periodic jobs' last runs")
            return
        now = timezone.now()
        for path, (job, interval) in list(PERIODIC_JOBS.items()):
            last = last_runs.get(path)
            if last is not None and last > now - timedelta(seconds=interval):
                continue
            try:
                if not claim(path, interval):
                    continue
            except Exception:
                logger.exception("could not claim periodic job %s", path)
                continue
            try:
                enqueue = getattr(job, "enqueue", None)
                enqueue() if enqueue else job()
            except Exception:
                logger.exception("periodic job %s failed", path)

    def run(self, poll: float = 30.0) -> None:
        from django.db import close_old_connections

        while self.running:
            close_old_connections()
            self.tick()
            close_old_connections()
            for _ in range(int(poll * 10)):
                if not self.running:
                    return
                time.sleep(0.1)


def spread_wait(interval: float, threads: int) -> float:
    """How long one of ``threads`` idle task threads waits before it looks at the queue
    again: at random, ``threads × interval`` on average. Together they look about once per
    ``interval``, as one thread would, at random moments, so a task that arrives waits about
    ``interval`` for the first of them; an idle process costs what one thread cost (16
    threads each looking every second took 2 % of a core and SQLite's write lock 16 times a
    second)."""
    return random.uniform(0, 2 * interval * threads)


def build_task_worker(interval: float = 1.0, threads: int = 1):
    """Return an object with ``run()`` and a ``running`` flag for the configured backend, or
    None. ``threads``: how many such workers share this process (:func:`spread_wait`)."""
    if settings.TASKS_MODE == "db":
        from django_tasks_db.management.commands.db_worker import Worker

        class SpreadWorker(Worker):
            """django-tasks-db's loop, its waits between looks at an empty queue spread."""

            @property
            def interval(self) -> float:  # read by the loop before each wait
                return spread_wait(self.base_interval, threads)

            @interval.setter
            def interval(self, value: float) -> None:
                self.base_interval = value

        return SpreadWorker(
            queue_names=["*"],
            interval=interval,
            batch=False,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            # "host:pid:thread": the recovery job knows whose RUNNING tasks a dead process left
            worker_id=f"{process_id()}:{threading.get_native_id()}"[:64],
            excluded_queue_names=[],
        )
    if settings.TASKS_MODE == "rq":
        return _RQWorker(interval / 2, threads)
    return None


class _RQWorker:
    """An RQ worker that can live in a thread: no signal handlers of its own, and a job's time
    limit kept by a timer (RQ's default, SIGALRM, works in the main thread only)."""

    def __init__(self, interval: float = 0.5, threads: int = 1) -> None:
        import django_rq
        from django_tasks_rq.backend import Job
        from rq import SimpleWorker
        from rq.timeouts import TimerDeathPenalty

        class ThreadWorker(SimpleWorker):
            death_penalty_class = TimerDeathPenalty

            def _install_signal_handlers(self) -> None:  # signals belong to the main thread
                pass

        queue = django_rq.get_queue("default")
        # django-tasks-rq's own Job class knows how to run a Task and record its result
        self.worker = ThreadWorker([queue], connection=queue.connection, job_class=Job)
        self.interval = interval
        self.threads = threads
        self.running = True
        self.busy = False  # taking jobs (a burst); false while it sleeps

    def run(self) -> None:
        while self.running:
            self.busy = True
            try:
                self.worker.work(burst=True, with_scheduler=False, logging_level="WARNING")
            finally:
                self.busy = False
            if self.running:
                time.sleep(spread_wait(self.interval, self.threads))


class Supervised:
    """Runs a task worker and keeps it running: when its loop raises (the database locked for
    longer than its timeout, a full disk, a lost Redis connection …) the error is logged, the
    worker is built anew and started again after a back-off (1 s, doubling, at most
    :data:`MAX_BACKOFF`). Nothing it had queued is lost: tasks wait in the backend.

    ``running`` is the same flag the workers have: set it false to stop after the current
    task. ``restarts`` and ``last_error`` say what happened."""

    MAX_BACKOFF = 30.0

    def __init__(self, build: Callable[[], object | None], name: str = "tasks") -> None:
        self.build = build
        self.name = name
        self.worker: object | None = None
        self.restarts = 0
        self.last_error = ""
        self._running = True
        self._wake = threading.Event()

    @property
    def running(self) -> bool:
        return self._running

    @running.setter
    def running(self, value: bool) -> None:
        self._running = value
        if self.worker is not None:
            self.worker.running = value  # type: ignore[attr-defined]
        if not value:
            self._wake.set()

    @property
    def busy(self) -> bool:
        """Is the worker in the middle of a task (or, on RQ, of taking jobs)?"""
        worker = self.worker
        return bool(getattr(worker, "running_task", False) or getattr(worker, "busy", False))

    def run(self) -> None:
        from django.db import connections

        try:
            self._run()
        finally:
            connections.close_all()  # this thread's connections: a stopped worker holds none

    def _run(self) -> None:
        from django.db import close_old_connections, connections

        backoff = 1.0
        while self._running:
            try:
                self.worker = self.build()
                if self.worker is None:
                    return
                self.worker.running = self._running  # type: ignore[attr-defined]
                self.worker.run()  # type: ignore[attr-defined]
                backoff = 1.0
                if not self._running:
                    return
            except Exception as exc:  # the loop must outlive whatever one task round met
                self.restarts += 1
                self.last_error = f"{type(exc).__name__}: {exc}"[:500]
                logger.exception(
                    "the %s worker stopped (%s); starting it again in %.0f s",
                    self.name,
                    self.last_error,
                    backoff,
                )
                for connection in connections.all():
                    try:
                        connection.close()
                    except Exception:
                        logger.debug("closing a broken connection failed", exc_info=True)
                self._wake.wait(backoff)
                backoff = min(backoff * 2, self.MAX_BACKOFF)
            finally:
                close_old_connections()


class TaskThreads:
    """``count`` task workers of the configured backend, each in a thread of its own and
    :class:`Supervised` (an error restarts that thread's loop, not the others). A task mostly
    waits for another site, so threads are how one process runs many at once; the backend
    hands each task to exactly one of them. ``running`` stops them all after their task.

    While the queue is empty the threads look at it in turn, about once per ``interval``
    together (:func:`spread_wait`); a busy thread takes its next task at once."""

    def __init__(self, count: int | None = None, interval: float = 1.0) -> None:
        count = max(1, count or settings.WORKER_THREADS)
        self.workers = [
            Supervised(lambda: build_task_worker(interval, count), name=f"tasks-{i + 1}")
            for i in range(count)
        ]
        self.threads: list[threading.Thread] = []

    @property
    def running(self) -> bool:
        return any(w.running for w in self.workers)

    @running.setter
    def running(self, value: bool) -> None:
        for worker in self.workers:
            worker.running = value

    def start(self) -> TaskThreads:
        """Start every worker thread (daemon threads) and return at once."""
        for worker in self.workers:
            thread = threading.Thread(
                target=worker.run, name=f"blogparade-{worker.name}", daemon=True
            )
            thread.start()
            self.threads.append(thread)
        return self

    def run(self) -> None:
        """Start the threads and return once they have stopped: once stopped (``running``
        false), as soon as no thread is in the middle of a task. A thread waiting for the
        queue is a daemon and ends with the process; it holds no task."""
        self.start()
        while True:
            working = [w for w, t in zip(self.workers, self.threads, strict=True) if t.is_alive()]
            if not working or (not self.running and not any(w.busy for w in working)):
                return
            time.sleep(0.1)


def start_background(interval: float = 1.0) -> list[object]:
    """Start the task workers (if the backend needs them: ``BLOGPARADE_WORKER_THREADS``
    threads, each supervised, restarting after an error) and the periodic runner in daemon
    threads."""
    started: list[object] = []
    if settings.TASKS_MODE != "immediate":
        started.append(TaskThreads(interval=interval).start())
    periodic = PeriodicRunner()
    threading.Thread(target=periodic.run, name="blogparade-periodic", daemon=True).start()
    started.append(periodic)
    if settings.TASKS_MODE != "immediate":
        started.append(Heartbeat().start())
    return started


def stop_background(started: list[object]) -> None:
    for item in started:
        if isinstance(item, Heartbeat):
            item.stop()
        else:
            item.running = False  # type: ignore[attr-defined]


# --- heartbeats and recovery ------------------------------------------------------------------

HEARTBEAT_EVERY = 10.0  # seconds between a process's heartbeats


def dead_after() -> int:
    """Seconds without a heartbeat after which a process is taken for gone and its work is
    given back (``BLOGPARADE_WORKER_DEAD_AFTER``, 60 by default)."""
    return settings.WORKER_DEAD_AFTER


def recovery_interval() -> int:
    """How often :func:`recover_from_dead_workers` looks: half the grace period, 10–30 s."""
    return min(30, max(10, dead_after() // 2))


def end_with(parent: int, poll: float = 1.0) -> threading.Thread:
    """End this process as soon as the process ``parent`` is gone (a ``kill -9`` gives it no
    chance to stop its children): a daemon thread that looks once every ``poll`` seconds.
    Nothing is lost by ending: a request cut off was never answered, so never accepted."""
    import os

    direct = os.getppid() == parent

    def watch() -> None:
        while True:
            time.sleep(poll)
            if direct and os.getppid() != parent:
                os._exit(0)  # adopted by init: the parent died
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:
                pass  # the pid exists (someone else's): keep watching

    thread = threading.Thread(target=watch, name="blogparade-end-with-parent", daemon=True)
    thread.start()
    return thread


def process_id() -> str:
    """This process, as heartbeats and claims name it: ``host:pid`` (after a fork, the
    child's own pid)."""
    import os
    import socket

    return f"{socket.gethostname()}:{os.getpid()}"


def beat() -> None:
    """Write this process's heartbeat now."""
    from django.utils import timezone

    from blogparade.core.models import WorkerHeartbeat

    now = timezone.now()
    me = process_id()
    if not WorkerHeartbeat.objects.filter(process=me).update(last_seen=now):
        WorkerHeartbeat.objects.update_or_create(
            process=me, defaults={"started_at": now, "last_seen": now}
        )


class Heartbeat:
    """Writes this process's heartbeat every :data:`HEARTBEAT_EVERY` seconds while
    ``running``, in a daemon thread of its own; stopping removes it (a clean exit is no
    death)."""

    def __init__(self, every: float = HEARTBEAT_EVERY) -> None:
        self.every = every
        self.running = True
        self._wake = threading.Event()
        self.thread = threading.Thread(target=self.run, name="blogparade-heartbeat", daemon=True)

    def start(self) -> Heartbeat:
        self.thread.start()
        return self

    def run(self) -> None:
        from django.db import close_old_connections, connections

        try:
            while self.running:
                try:
                    close_old_connections()
                    beat()
                except Exception:
                    logger.exception("could not write the heartbeat of %s", process_id())
                self._wake.wait(self.every)
            self._forget()
        finally:
            connections.close_all()

    def _forget(self) -> None:
        from blogparade.core.models import WorkerHeartbeat

        try:
            WorkerHeartbeat.objects.filter(process=process_id()).delete()
        except Exception:
            logger.debug("could not remove the heartbeat of %s", process_id(), exc_info=True)

    def stop(self) -> None:
        self.running = False
        self._wake.set()


def recover_from_dead_workers() -> list[str]:
    """Periodic (every :func:`recovery_interval` seconds, 30 by default): processes without a
    heartbeat for :func:`dead_after` seconds
    are gone. Tasks they were running go back to the queue (the database backend keeps them
    RUNNING forever otherwise; RQ has its own registry for this), every app frees what they
    had claimed (``workers_gone``), and their heartbeats are forgotten. Returns their ids.

    Work held by a killed process is thus running again within about 90 s by default."""
    from datetime import timedelta

    from django.utils import timezone

    from blogparade.core.models import WorkerHeartbeat
    from blogparade.core.signals import workers_gone

    cutoff = timezone.now() - timedelta(seconds=dead_after())
    dead = list(
        WorkerHeartbeat.objects.filter(last_seen__lt=cutoff).values_list("process", flat=True)
    )
    if not dead:
        return []
    if settings.TASKS_MODE == "db":
        _requeue_tasks_of(dead)
    for receiver, result in workers_gone.send_robust(sender=Heartbeat, processes=dead):
        if isinstance(result, Exception):
            logger.error(
                "freeing the work of gone processes failed in %s", receiver, exc_info=result
            )
    WorkerHeartbeat.objects.filter(process__in=dead, last_seen__lt=cutoff).delete()
    logger.warning("background processes gone without a word: %s; their work is queued again", dead)
    return dead


def _requeue_tasks_of(dead: list[str]) -> int:
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    requeued = 0
    for result in DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).only(
        "pk", "worker_ids"
    ):
        last = (result.worker_ids or [""])[-1]
        if any(last == p or last.startswith(p + ":") for p in dead):
            requeued += DBTaskResult.objects.filter(
                pk=result.pk, status=TaskResultStatus.RUNNING
            ).update(status=TaskResultStatus.READY, started_at=None)
    return requeued
