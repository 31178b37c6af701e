"""Background verification of mentions.

``verify_mention_task(id)`` claims the row (queued/unverified → verifying) and verifies it.
With a real worker (``BLOGPARADE_TASKS=db|rq``) one task also claims up to
``LINKBACKS_VERIFY_BATCH`` (default 100, or three per thread) other queued mentions and
verifies them with ``LINKBACKS_VERIFY_THREADS`` threads (default 16 per process): fetching is
mostly waiting, and the task queue's own worker runs one task at a time. Tasks for rows
another batch already took find them claimed and return quietly (two cheap statements, no
threads). Because a batch drains
every queued mention, the receiver (:func:`queue_verification`) enqueues no new task while
one is still waiting in the database queue: a burst of mentions costs one or two tasks.
Mentions are claimed in chunks (one short transaction, topped up before the chunk runs out)
and read in one query; each thread keeps its database connection for the whole batch.
Threads only fetch and read pages; what they found is written by one of them at a time
(:class:`_Writer`), many mentions per transaction, new contributions in bulk where that gives
the same rows as one by one.

Parsing a page is CPU work, and threads of one Python process share one core. So a batch is
drained by ``LINKBACKS_VERIFY_PROCESSES`` processes (default: the number of CPU cores; 1 means
threads in the worker itself): the worker itself and a pool of helper processes, each claiming
and verifying mentions with its share of the threads. ``blogparade worker`` starts the pool as
it starts (:func:`start_helpers`); otherwise it is started when a batch first finds at least as
many mentions waiting as it has threads. Either way it is kept, and a batch never waits for it:
this process drains its own share while the helpers come up. A helper that dies loses
nothing: its claimed rows are freed after ``STALE_AFTER`` and queued again. Each process
reads one page at a time (:data:`blogparade.linkbacks.verify._reading`), so memory does not
grow with the threads waiting for the network.
Under tests (and with ``BLOGPARADE_TASKS=immediate``) nothing leaves the calling process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import timedelta

from django.conf import settings
from django.db import connection, connections, transaction
from django.utils import timezone
from django_tasks import task

from blogparade.core.worker import process_id
from blogparade.linkbacks import pool as pool_entry
from blogparade.linkbacks.models import Mention

logger = logging.getLogger("blogparade.linkbacks")

S = Mention.Status
STALE_AFTER = timedelta(minutes=15)


def claim(mention_id: int) -> bool:
    """Take one mention for verification; False if it is not queued (someone else has it, or
    it is *unverified* and waits for its next try: a task left over for it — RQ has one per
    mention — must not fetch a failing source again before its back-off is over; the
    periodic job queues it when its time has come)."""
    return bool(
        Mention.objects.filter(pk=mention_id, status=S.QUEUED).update(
            status=S.VERIFYING, updated_at=timezone.now(), claimed_by=process_id()
        )
    )


def verify_claimed(
    mention_id: int, *, limits: dict | None = None, mention: Mention | None = None
) -> str | None:
    """Verify a claimed mention; an unexpected error leaves it *unverified* for a retry.
    ``mention``: the row already read after the claim (with its parade), else read here."""
    from blogparade.linkbacks.verify import verify_mention

    if mention is None or mention.pk != mention_id:
        mention = Mention.objects.select_related("parade").filter(pk=mention_id).first()
    if mention is None:
        return None
    try:
        return verify_mention(mention, limits=limits).value
    except Exception as exc:
        _failed_internally(mention_id, exc)
        return None


def _fetch_claimed(item: int | Mention, writer: _Writer) -> None:
    """Fetch a claimed mention and hand it to ``writer``; a fetch failure is settled here."""
    from blogparade.linkbacks.verify import Outcome, fetch_source

    mention = item if isinstance(item, Mention) else None
    pk = item.pk if isinstance(item, Mention) else item
    try:
        if mention is None:
            mention = Mention.objects.select_related("parade").filter(pk=pk).first()
            if mention is None:
                return
        fetched = fetch_source(mention)
    except Exception as exc:
        _failed_internally(pk, exc)
        return
    if not isinstance(fetched, Outcome):
        writer.submit(mention, fetched)


def _failed_internally(mention_id: int, exc: Exception) -> None:
    logger.error("verifying mention %s failed", mention_id, exc_info=exc)
    Mention.objects.filter(pk=mention_id, status=S.VERIFYING).update(
        status=S.UNVERIFIED,
        last_error=f"internal error: {type(exc).__name__}"[:500],
        next_try_at=timezone.now() + timedelta(minutes=10),
    )


class _Writer:
    """Settles the mentions that threads have fetched, many per transaction.

    A thread that has read a page hands it over (:meth:`submit`). Once ``gather`` pages wait
    (or the oldest has waited ``wait`` seconds) and no other thread is writing, it writes
    everything handed over so far — in bulk where that gives the same result
    (:func:`~blogparade.linkbacks.verify.settle_batch`), the rest one by one — and goes on
    until nothing waits; otherwise it goes back to fetching. Threads that run out of work
    :meth:`flush` what is left. Under load one thread writes while the others fetch, and the
    statements (and SQLite's write lock) are paid per batch instead of per mention."""

    def __init__(self, limit: int = 32, gather: int = 1, wait: float = 1.0) -> None:
        self.limit = limit
        self.gather = max(1, gather)
        self.wait = wait
        self.lock = threading.Lock()
        self.pending: list = []
        self.since = 0.0
        self.writing = False
        self.draining = False

    def submit(self, mention: Mention, page: object) -> None:
        with self.lock:
            self.pending.append((mention, page))
            if len(self.pending) == 1:
                self.since = time.monotonic()
            if self.writing or (
                len(self.pending) < self.gather and time.monotonic() - self.since < self.wait
            ):
                return
            self.writing = True
        self._write_pending()

    def flush(self) -> None:
        """Write what waits (unless another thread is writing: it takes it along)."""
        with self.lock:
            self.draining = True  # a thread writing now leaves nothing behind either
            if self.writing or not self.pending:
                return
            self.writing = True
        self._write_pending()

    def _write_pending(self) -> None:
        """Write what waits, batch after batch. Between batches it goes on only while a whole
        batch has gathered (or the oldest has waited ``wait``): the few pages handed over
        during a write wait for the next ones instead of making a batch of their own. Once a
        thread has run out of work (:meth:`flush`), it writes everything."""
        first = True
        while True:
            with self.lock:
                ready = first or self.draining or len(self.pending) >= self.gather
                if not ready and self.pending:
                    ready = time.monotonic() - self.since >= self.wait
                items = self.pending[: self.limit] if ready else []
                self.pending = self.pending[len(items) :]
                if self.pending and items:
                    self.since = time.monotonic()
                if not items:
                    self.writing = False
                    return
            first = False
            try:
                self._write(items)
            except BaseException:
                # This batch is lost (its rows are freed after STALE_AFTER), not what waits:
                # the next thread to hand a page over or run out of work writes it.
                with self.lock:
                    self.writing = False
                raise

    def _write(self, items: list) -> None:
        from blogparade.linkbacks.verify import settle, settle_batch

        try:
            left = settle_batch(items)
        except Exception:
            logger.exception("settling a batch of mentions failed; one by one")
            left = items
        for mention, page in left:
            try:
                settle(mention, page)
            except Exception as exc:
                _failed_internally(mention.pk, exc)


THREADS_PER_PROCESS = 16  # a thread mostly waits for a site; 16 keep one core busy


def _batch_size() -> int:
    """How many mentions a batch keeps in flight (claimed, not yet settled)."""
    immediate = settings.TASKS_MODE == "immediate"
    default = 1 if immediate else max(100, 3 * _threads())
    return max(1, int(settings.LINKBACKS_VERIFY_BATCH or default))


def _threads() -> int:
    """Threads that fetch and read in a batch, shared out among its processes."""
    default = THREADS_PER_PROCESS * _processes()
    return max(1, int(settings.LINKBACKS_VERIFY_THREADS or default))


def _processes() -> int:
    """How many processes drain a batch (1: threads in this process only)."""
    if settings.TESTING or settings.TASKS_MODE == "immediate":
        return 1
    default = os.cpu_count() or 1
    return max(1, int(settings.LINKBACKS_VERIFY_PROCESSES or default))


def _claim_waiting(room: int, exclude: int | None = None) -> list[int]:
    """Claim up to ``room`` queued mentions at once: one short transaction, two statements.
    Returns their ids.

    SQLite takes the write lock up front (IMMEDIATE), so nobody claims the same rows in
    between; PostgreSQL skips rows another worker has locked."""
    with transaction.atomic():
        waiting = Mention.objects.filter(status=S.QUEUED).exclude(pk=exclude or 0).order_by("pk")
        if connection.features.has_select_for_update_skip_locked:
            waiting = waiting.select_for_update(skip_locked=True)
        ids = list(waiting.values_list("pk", flat=True)[:room])
        if ids:
            Mention.objects.filter(pk__in=ids, status=S.QUEUED).update(
                status=S.VERIFYING, updated_at=timezone.now(), claimed_by=process_id()
            )
    return ids


def _claim_rows(room: int, exclude: int | None = None) -> list[Mention]:
    """:func:`_claim_waiting`, and the claimed rows read with their parades in one query."""
    ids = _claim_waiting(room, exclude)
    if not ids:
        return []
    rows = Mention.objects.select_related("parade").in_bulk(ids)
    return [rows[pk] for pk in ids if pk in rows]


def _drain(ids: list[int], size: int, threads: int, seconds: float, exclude: int | None) -> int:
    """Verify the claimed ``ids``, then keep claiming queued mentions (up to ``size`` at a
    time, topped up before they run out) on ``threads`` threads until none wait or ``seconds``
    have passed.

    Each thread keeps its database connection for the whole batch (opening an SQLite
    connection costs more than the statements of a mention) and closes it at the end."""
    deadline = time.monotonic() + seconds
    work: deque[int | Mention] = deque(ids)
    ready = threading.Condition()
    claim_size = max(1, size)
    in_flight = [0]
    count = [0]
    state = {"claiming": False, "drained": False}
    writer = _Writer(gather=threads)

    def take() -> int | Mention | None:
        """The next claimed mention. The queue is topped up before it runs dry, by one thread
        at a time and outside the lock, so the others keep taking what is there (a claim may
        wait for SQLite's write lock)."""
        with ready:
            while True:
                room = 0
                if (
                    not state["claiming"]
                    and not state["drained"]
                    and len(work) < threads
                    and time.monotonic() < deadline
                ):
                    room = min(claim_size, size - in_flight[0] - len(work))
                if room > 0:
                    state["claiming"] = True
                    break
                if work:
                    in_flight[0] += 1
                    return work.popleft()
                if not state["claiming"]:
                    return None  # nothing waits, or the time is up
                ready.wait()
        rows: list[Mention] = []
        try:
            rows = _claim_rows(room, exclude)
        finally:
            with ready:
                work.extend(rows)
                state["claiming"] = False
                state["drained"] = state["drained"] or not rows
                ready.notify_all()
        return take()

    def loop() -> None:
        try:
            while (item := take()) is not None:
                try:
                    _fetch_claimed(item, writer)
                finally:
                    with ready:
                        in_flight[0] -= 1
                        count[0] += 1
        finally:
            try:
                writer.flush()  # out of work: what this thread handed over is written now
            finally:
                connections.close_all()  # this thread's connections only

    workers = [
        threading.Thread(target=loop, name=f"verify-{i}", daemon=True)
        for i in range(max(1, threads))
    ]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return count[0]


# --- helper processes -------------------------------------------------------------------------

_pool: ProcessPoolExecutor | None = None
_pool_size = 0
_pool_lock = threading.Lock()


def _helper_pool(processes: int) -> ProcessPoolExecutor:
    global _pool, _pool_size
    with _pool_lock:
        if _pool is None or _pool_size != processes:
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            _pool = ProcessPoolExecutor(
                max_workers=processes,
                mp_context=_helper_context(),
                initializer=pool_entry.start,
                initargs=(os.getpid(),),
            )
            _pool_size = processes
        return _pool


def _helper_context() -> multiprocessing.context.BaseContext:
    """Not a plain fork: the worker has threads (server, periodic jobs, DNS) whose locks a
    forked child would inherit held. A forkserver is a fresh single-threaded interpreter that
    sets Django up once (:mod:`blogparade.linkbacks.helper_boot`); helpers are forks of it.
    Where there is no forkserver, each helper is spawned."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["blogparade.linkbacks.helper_boot"])
    return context


def start_helpers() -> threading.Thread | None:
    """Start the helper processes now, in the background, rather than when the first large
    batch arrives (``blogparade worker`` does this as it starts): the forkserver then sets
    Django up while the worker is idle, and a burst of mentions finds its helpers ready.
    Returns the starting thread, or None where this process verifies alone."""
    helpers = min(_processes(), _threads(), _batch_size()) - 1
    if helpers < 1:
        return None

    def start() -> None:
        pool = None
        try:
            pool = _helper_pool(helpers)
            for future in [pool.submit(pool_entry.ready) for _ in range(helpers)]:
                future.result()
        except (BrokenProcessPool, CancelledError, OSError, RuntimeError):
            logger.exception("verification helper processes could not be started")
            _forget_pool(pool)

    thread = threading.Thread(target=start, name="verify-helpers-start", daemon=True)
    thread.start()
    return thread


def _forget_pool(pool: ProcessPoolExecutor | None = None) -> None:
    """Shut the helper pool down (only if it is still ``pool``, when one is given: a newer
    pool made meanwhile is left alone)."""
    global _pool
    with _pool_lock:
        if pool is not None and _pool is not pool:
            return
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


def verify_batch(first_id: int | None = None, size: int | None = None) -> int:
    """Verify ``first_id`` and, with a batch size above one, keep claiming queued mentions
    (at most ``size`` in flight) until none wait or ``LINKBACKS_DRAIN_SECONDS`` (default 60)
    have passed — on helper processes when ``LINKBACKS_VERIFY_PROCESSES`` is above one.
    Returns how many were verified."""
    size = size or _batch_size()
    ids = [first_id] if first_id is not None and claim(first_id) else []
    if size <= 1:
        for pk in ids:
            verify_claimed(pk)
        return len(ids)
    if not ids and not Mention.objects.filter(status=S.QUEUED).exists():
        return 0  # an earlier batch took them all: a no-op task costs two statements
    threads = min(_threads(), size)
    seconds = float(settings.LINKBACKS_DRAIN_SECONDS)
    processes = min(_processes(), threads)
    # A handful of mentions is not worth waking helper processes (a quiet blog never starts them).
    if processes > 1 and Mention.objects.filter(status=S.QUEUED)[:threads].count() >= threads:
        share_threads = max(1, threads // processes)
        share_size = max(1, size // processes)
        # This process drains one share itself at once; helpers take the others as soon as
        # they are up (starting them blocks while a cold forkserver sets Django up).
        futures: list = []

        def submit() -> None:
            try:
                pool = _helper_pool(processes - 1)
                for _ in range(processes - 1):
                    futures.append(
                        pool.submit(
                            pool_entry.drain, [], share_size, share_threads, seconds, first_id
                        )
                    )
            except (BrokenProcessPool, OSError, RuntimeError) as exc:
                futures.append(exc)

        starter = threading.Thread(target=submit, name="verify-helpers", daemon=True)
        starter.start()
        count = _drain(ids, share_size, share_threads, seconds, first_id)
        starter.join()
        try:
            for future in futures:
                if isinstance(future, BaseException):
                    raise future
                count += future.result()
            return count
        except (BrokenProcessPool, CancelledError, OSError, RuntimeError):
            logger.exception("verification helper processes failed; verifying in this process")
            _forget_pool()
            # What a lost helper had claimed is freed after STALE_AFTER; the rest waits here.
            return count + _drain([], size, threads, seconds, first_id)
    return _drain(ids, size, threads, seconds, first_id)


@task()
def verify_mention_task(mention_id: int) -> None:
    """Task: verify one mention (and, with a real worker, a batch of waiting ones)."""
    verify_batch(mention_id)
    if _batch_size() > 1:
        # The batch stopped at its time limit with mentions still waiting: the receiver
        # queued no task for them (this one was waiting), so queue the next batch here.
        left = Mention.objects.filter(status=S.QUEUED).order_by("pk").values_list("pk", flat=True)
        pk = left.first()
        if pk is not None:
            queue_verification(pk)


def _drain_task_waiting() -> bool:
    """Is a verification task already waiting in the database queue? Its batch will take
    every queued mention, so another task would only find nothing to do."""
    from blogparade.core.worker import queued_in_database

    if not queued_in_database(verify_mention_task):
        return False
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path=verify_mention_task.module_path
    ).exists()


def queue_verification(mention_id: int) -> bool:
    """Queue the verification of a queued mention: a task of its own, unless batches are on
    and a verification task is already waiting (it drains this one too). True if enqueued."""
    if _batch_size() > 1 and _drain_task_waiting():
        return False
    verify_mention_task.enqueue(mention_id)
    return True


def free_claims_of(sender: object, *, processes: list[str], **kwargs: object) -> int:
    """``workers_gone``: mentions that gone processes had claimed go back to the queue and
    are queued now (no waiting for :data:`STALE_AFTER`). Returns how many."""
    freed = list(
        Mention.objects.filter(status=S.VERIFYING, claimed_by__in=processes).values_list(
            "pk", flat=True
        )
    )
    Mention.objects.filter(pk__in=freed, status=S.VERIFYING).update(
        status=S.QUEUED, updated_at=timezone.now(), claimed_by=""
    )
    for pk in freed:
        verify_mention_task.enqueue(pk)
    return len(freed)


def enqueue_due_mentions(limit: int = 500) -> int:
    """Periodic: queue unverified mentions whose next try has come; free stale claims."""
    now = timezone.now()
    # Claims a dead worker left behind go back to the queue and are queued in this same pass
    # (they were freed with a fresh ``updated_at`` and waited another STALE_AFTER before).
    freed = list(
        Mention.objects.filter(status=S.VERIFYING, updated_at__lt=now - STALE_AFTER).values_list(
            "pk", flat=True
        )[:limit]
    )
    Mention.objects.filter(pk__in=freed, status=S.VERIFYING).update(status=S.QUEUED, updated_at=now)
    due = list(
        Mention.objects.filter(status=S.UNVERIFIED, next_try_at__lte=now).values_list(
            "pk", flat=True
        )[:limit]
    )
    stale_queued = list(
        Mention.objects.filter(status=S.QUEUED, updated_at__lt=now - STALE_AFTER).values_list(
            "pk", flat=True
        )[:limit]
    )
    Mention.objects.filter(pk__in=due).update(status=S.QUEUED, next_try_at=None, updated_at=now)
    Mention.objects.filter(pk__in=stale_queued).update(updated_at=now)
    for pk in [*due, *stale_queued, *freed]:
        verify_mention_task.enqueue(pk)
    return len(due) + len(stale_queued) + len(freed)
