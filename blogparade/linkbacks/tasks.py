"""Background verification of mentions.

``verify_mention_task(id)`` claims the row (queued/unverified → verifying) and verifies it.
With a real worker (``BLOGPARADE_TASKS=db|rq``) one task also claims up to
``LINKBACKS_VERIFY_BATCH`` (default 100) other queued mentions and verifies them with
``LINKBACKS_VERIFY_THREADS`` (default 16) threads: fetching is mostly waiting, and the task
queue's own worker runs one task at a time. Tasks for rows another batch already took find
them claimed and return quietly.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from django.conf import settings
from django.db import connections
from django.utils import timezone
from django_tasks import task

from blogparade.linkbacks.models import Mention

logger = logging.getLogger("blogparade.linkbacks")

S = Mention.Status
STALE_AFTER = timedelta(minutes=15)


def claim(mention_id: int) -> bool:
    """Take one mention for verification; False if it is not waiting (someone else has it)."""
    return bool(
        Mention.objects.filter(pk=mention_id, status__in=[S.QUEUED, S.UNVERIFIED]).update(
            status=S.VERIFYING, updated_at=timezone.now()
        )
    )


def verify_claimed(mention_id: int, *, limits: dict | None = None) -> str | None:
    """Verify a claimed mention; an unexpected error leaves it *unverified* for a retry."""
    from blogparade.linkbacks.verify import verify_mention

    mention = Mention.objects.select_related("parade").filter(pk=mention_id).first()
    if mention is None:
        return None
    try:
        return verify_mention(mention, limits=limits).value
    except Exception as exc:
        logger.exception("verifying mention %s failed", mention_id)
        Mention.objects.filter(pk=mention_id, status=S.VERIFYING).update(
            status=S.UNVERIFIED,
            last_error=f"internal error: {type(exc).__name__}"[:500],
            next_try_at=timezone.now() + timedelta(minutes=10),
        )
        return None


def _batch_size() -> int:
    default = 1 if getattr(settings, "TASKS_MODE", "db") == "immediate" else 100
    return max(1, int(getattr(settings, "LINKBACKS_VERIFY_BATCH", default)))


def _threads() -> int:
    return max(1, int(getattr(settings, "LINKBACKS_VERIFY_THREADS", 16)))


def _in_thread(mention_id: int) -> None:
    try:
        verify_claimed(mention_id)
    finally:
        connections.close_all()  # this thread's connections only


def verify_batch(first_id: int | None = None, size: int | None = None) -> int:
    """Claim ``first_id`` and up to ``size`` - 1 other queued mentions; verify them. Returns the count."""
    size = size or _batch_size()
    ids = [first_id] if first_id is not None and claim(first_id) else []
    if size > 1:
        waiting = (
            Mention.objects.filter(status=S.QUEUED)
            .exclude(pk=first_id or 0)
            .order_by("pk")
            .values_list("pk", flat=True)[: size - len(ids)]
        )
        ids += [pk for pk in list(waiting) if claim(pk)]
    if len(ids) <= 1:
        for pk in ids:
            verify_claimed(pk)
        return len(ids)
    with ThreadPoolExecutor(
        max_workers=min(_threads(), len(ids)), thread_name_prefix="verify"
    ) as pool:
        list(pool.map(_in_thread, ids))
    return len(ids)


@task()
def verify_mention_task(mention_id: int) -> None:
    """Task: verify one mention (and, with a real worker, a batch of waiting ones)."""
    verify_batch(mention_id)


def enqueue_due_mentions(limit: int = 500) -> int:
    """Periodic: queue unverified mentions whose next try has come; free stale claims."""
    now = timezone.now()
    Mention.objects.filter(status=S.VERIFYING, updated_at__lt=now - STALE_AFTER).update(
        status=S.QUEUED, updated_at=now
    )
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
    Mention.objects.filter(pk__in=due).update(next_try_at=None)
    Mention.objects.filter(pk__in=stale_queued).update(updated_at=now)
    for pk in [*due, *stale_queued]:
        verify_mention_task.enqueue(pk)
    return len(due) + len(stale_queued)
