"""Background verification of mentions: one ordinary task per mention.

``verify_mention_task(id)`` claims the row (queued → verifying, so two tasks for one mention
never fetch it twice) and verifies it (:func:`verify_claimed`: fetch, then settle).
Concurrency is the task backend's: ``blogparade worker`` runs ``BLOGPARADE_WORKER_THREADS``
task threads in each of its ``BLOGPARADE_WORKER_PROCESSES`` processes (:mod:`blogparade.core.worker`),
on the database backend and on RQ alike. A verifying thread mostly waits for the other site;
reading a page is CPU work, done one page at a time per process
(:data:`blogparade.linkbacks.verify._reading`), so memory does not grow with the threads.

A process that dies loses nothing: its task goes back to the queue (the heartbeat recovery of
:mod:`blogparade.core.worker`), and the mentions it had claimed are queued again
(:func:`free_claims_of`). Under tests (and with ``BLOGPARADE_TASKS=immediate``) the task runs
inline.
"""

from __future__ import annotations

import contextlib
import logging
import time
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from blogparade.core.queries import one_or_none
from blogparade.core.worker import process_id
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
    mention_id: int,
    *,
    limits: dict | None = None,
    mention: Mention | None = None,
    patience: float = 0.0,
) -> str | None:
    """Verify a claimed mention; an unexpected error leaves it *unverified* for a retry.
    ``mention``: the row already read after the claim (with its parade), else read here.

    ``patience``: seconds to keep trying while the database cannot be written (SQLite
    locked by another process for longer than its timeout, PostgreSQL restarting): the
    source was fine, so the mention is settled once the database answers — with what was
    fetched, not fetched again — rather than put off as if the source had failed."""
    from blogparade.linkbacks.verify import Outcome, fetch_source, settle

    if mention is None or mention.pk != mention_id:
        mention = one_or_none(Mention.objects.select_related("parade"), pk=mention_id)
    if mention is None:
        return None
    try:
        before = _fields(mention)
        fetched = _patiently(
            lambda: fetch_source(_restored(mention, before), limits=limits), patience
        )
        if isinstance(fetched, Outcome):
            return fetched.value
        read = _fields(mention)
        return _patiently(lambda: settle(_restored(mention, read), fetched), patience).value
    except Exception as exc:
        _failed_internally(mention_id, exc)
        return None


def _fields(mention: Mention) -> dict:
    return {f.attname: getattr(mention, f.attname) for f in Mention._meta.concrete_fields}


def _restored(mention: Mention, fields: dict) -> Mention:
    """``mention`` as it was when ``fields`` were read (what a failed write changed in memory
    is undone with it, so a second try logs and counts once)."""
    for name, value in fields.items():
        setattr(mention, name, value)
    mention._state.fields_cache.pop("contribution", None)
    return mention


def _patiently(call, patience: float):
    """``call()``, tried again (after 0.5 s, doubling to 10 s) while the database raises an
    operational error, for at most ``patience`` seconds; then the error is raised."""
    from django.db import OperationalError, close_old_connections

    deadline = time.monotonic() + patience
    delay = 0.5
    while True:
        try:
            return call()
        except OperationalError as exc:
            if time.monotonic() + delay > deadline:
                raise
            logger.warning(
                "the database could not be written (%s); trying again in %.1f s", exc, delay
            )
            time.sleep(delay)
            close_old_connections()  # a broken connection is opened anew
            delay = min(delay * 2, 10.0)


def _failed_internally(mention_id: int, exc: Exception) -> None:
    logger.error("verifying mention %s failed", mention_id, exc_info=exc)
    try:
        Mention.objects.filter(pk=mention_id, status=S.VERIFYING).update(
            status=S.UNVERIFIED,
            last_error=f"internal error: {type(exc).__name__}"[:500],
            next_try_at=timezone.now() + timedelta(minutes=10),
        )
    except Exception:
        # Still claimed: the periodic job queues it again once its claim is stale.
        logger.exception("could not mark mention %s for a retry", mention_id)


# How long a verification task waits for a database it cannot write (seconds).
DATABASE_PATIENCE = 300.0


@task()
def verify_mention_task(mention_id: int) -> None:
    """Task: verify one queued mention (quietly nothing if another task has it, or it waits
    for its next try)."""
    if _patiently(lambda: claim(mention_id), DATABASE_PATIENCE):
        verify_claimed(mention_id, patience=DATABASE_PATIENCE)


def queue_verification(mention_id: int) -> None:
    """Queue the verification of a queued mention: a task of its own."""
    verify_mention_task.enqueue(mention_id)


def warm() -> None:
    """Import and build once what every verifying thread needs (URL patterns, parsers, the
    TLS context), before the first task: the threads do not all stop at the same import
    lock, and the first mentions are not slower than the rest."""
    with contextlib.suppress(Exception):
        import mf2py  # noqa: F401
        from django.urls import get_resolver

        from blogparade.fetch import client, extract, parse  # noqa: F401
        from blogparade.linkbacks import verify  # noqa: F401

        get_resolver().reverse_dict  # noqa: B018 - builds the patterns of the current language
        client._ssl_context()


def free_claims_of(sender: object, *, processes: list[str], **kwargs: object) -> int:
    """``workers_gone``: mentions that gone processes had claimed go back to the queue and
    are queued now (no waiting for :data:`STALE_AFTER`). Returns how many.

    A task that a gone process had taken but not yet started (its mention still *queued*)
    may be gone with it: RQ keeps such a job in its registries, not in the queue. So every
    mention that has been queued for longer than the grace period gets a task again too; a
    second task for a mention finds it taken, or done, and does nothing (one statement)."""
    from blogparade.core.worker import dead_after

    now = timezone.now()
    freed = list(
        Mention.objects.filter(status=S.VERIFYING, claimed_by__in=processes).values_list(
            "pk", flat=True
        )
    )
    Mention.objects.filter(pk__in=freed, status=S.VERIFYING).update(
        status=S.QUEUED, updated_at=now, claimed_by=""
    )
    waiting = list(
        Mention.objects.filter(
            status=S.QUEUED, updated_at__lt=now - timedelta(seconds=dead_after())
        ).values_list("pk", flat=True)[:5000]
    )
    Mention.objects.filter(pk__in=waiting, status=S.QUEUED).update(updated_at=now)
    for pk in [*freed, *waiting]:
        verify_mention_task.enqueue(pk)
    return len(freed) + len(waiting)


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
