"""The shared, per-thread listing cache.

A thread's ``version`` goes up on every change readers could see: a comment saved or
deleted (model signals, so new, edit, delete, moderation, GDPR erase and imports are all
covered), a vote (a queryset update, bumped explicitly), IP truncation (the avatar seed) and
re-threading after an import. Cached bodies are keyed by ``(thread id, version, query)``, so
a write never needs to find and delete old entries: the next read simply misses. Only what
every visitor sees alike is cached; per-visitor parts (edit rights, one's own pending
comment) are never part of a cached body.

The backend is Django's default cache: local memory per process by default, Redis when
``BLOGPARADE_REDIS_URL`` is configured.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from blogparade.comments.models import Comment, Thread
from blogparade.parades.pagecache import touch, touch_selected

TIMEOUT = 24 * 3600  # stale versions simply age out


def bump(*thread_ids: int | None) -> None:
    """Invalidate the cached listings of these threads (one UPDATE)."""
    ids = {t for t in thread_ids if t}
    if ids:
        Thread.objects.filter(pk__in=ids).update(version=F("version") + 1)
        # the parade pages that show these threads get a new version too (one statement; the
        # directory shows no comments)
        touch_selected(Thread.objects.filter(pk__in=ids).values("parade_id"), directory=False)


def bump_many(thread_ids: Iterable[int]) -> None:
    bump(*thread_ids)


def thread_version(site: str, path: str) -> tuple[int, int, str] | None:
    """``(id, version, created)`` of the page's thread, or ``None``: one indexed query, in
    plain SQL because on a cache hit it is the only work a read does. ``created`` guards
    against a deleted thread's id being reused with a fresh version counter."""
    table = connection.ops.quote_name(Thread._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, version, created_at FROM {table} WHERE site = %s AND path = %s",  # noqa: S608
            [site, path],
        )
        row = cursor.fetchone()
    return None if row is None else (int(row[0]), int(row[1]), str(row[2]))


def key(thread_id: int, version: int, *parts: object) -> str:
    """A cache key safe for every backend (no spaces, bounded length)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=12).hexdigest()
    return f"bp:thread:{thread_id}:{version}:{digest}"


def get(k: str) -> bytes | None:
    return cache.get(k)


def put(k: str, body: bytes) -> None:
    cache.set(k, body, TIMEOUT)


@receiver(post_save, sender=Comment, dispatch_uid="comments-cache-save")
def _saved(sender: type[Comment], instance: Comment, **kwargs: object) -> None:
    bump(instance.thread_id)


@receiver(post_delete, sender=Comment, dispatch_uid="comments-cache-delete")
def _deleted(sender: type[Comment], instance: Comment, **kwargs: object) -> None:
    bump(instance.thread_id)


@receiver(post_save, sender=Thread, dispatch_uid="comments-page-thread-saved")
def _thread_saved(sender: type[Thread], instance: Thread, **kwargs: object) -> None:
    touch([instance.parade_id], directory=False)  # closed, reopened, attached to a parade
