"""Keeping the database small: old task results go, and SQLite's write-ahead log is folded
back into the database file. Both run as periodic jobs (registered in ``CoreConfig.ready``).

Without them the task table kept every task ever run, and the WAL grew to many times the
database's size (17 MB beside a 2 MB database) while readers kept it from being reset.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import connections, router
from django.utils import timezone

logger = logging.getLogger("blogparade.housekeeping")


def prune_task_results() -> int:
    """Delete results of tasks that finished more than ``TASK_RESULTS_KEEP_DAYS`` ago (the
    database task backend keeps every one). Waiting and running tasks are never touched.
    Returns how many rows went."""
    if settings.TASKS_MODE != "db":
        return 0  # RQ keeps its own results for a limited time; inline tasks leave none
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    before = timezone.now() - timedelta(days=settings.TASK_RESULTS_KEEP_DAYS)
    deleted = 0
    while True:  # in slices: one long DELETE would hold SQLite's write lock for long
        ids = list(
            DBTaskResult.objects.filter(
                status__in=[TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED],
                finished_at__lt=before,
            ).values_list("pk", flat=True)[:1000]
        )
        if not ids:
            return deleted
        deleted += DBTaskResult.objects.filter(pk__in=ids).delete()[0]


def checkpoint_wal() -> tuple[int, int] | None:
    """SQLite: copy what the write-ahead log holds into the database file and reset the log
    (``PRAGMA wal_checkpoint(TRUNCATE)``). Returns (log pages, pages copied), or None on
    another database. When a reader still needs the log, SQLite copies what it can and
    leaves the rest for the next run."""
    from blogparade.core.models import PeriodicRun

    connection = connections[router.db_for_write(PeriodicRun)]
    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        busy, log_pages, copied = cursor.fetchone()
    if busy:
        logger.info(
            "WAL checkpoint: a reader held the log; %s of %s pages copied", copied, log_pages
        )
    return log_pages, copied
