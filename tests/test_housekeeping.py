"""Old task results are pruned and SQLite's write-ahead log is reset (issue: the task table
was never pruned, and the WAL reached 17 MB beside a 2 MB database)."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from blogparade.core.housekeeping import checkpoint_wal, prune_task_results


@pytest.fixture
def db_tasks(settings):
    settings.TASKS_MODE = "db"
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


@pytest.mark.django_db
def test_finished_results_older_than_the_limit_are_pruned(db_tasks, settings):
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from blogparade.contributions.notify import notify_host_of_submission

    settings.TASK_RESULTS_KEEP_DAYS = 7
    old = timezone.now() - timedelta(days=8)
    recent = timezone.now() - timedelta(days=6)
    results = {}
    for name, status, finished in [
        ("old ok", TaskResultStatus.SUCCESSFUL, old),
        ("old failed", TaskResultStatus.FAILED, old),
        ("recent ok", TaskResultStatus.SUCCESSFUL, recent),
        ("waiting", TaskResultStatus.READY, None),
        ("running", TaskResultStatus.RUNNING, None),
    ]:
        result = notify_host_of_submission.enqueue(1)  # waits in the database queue
        DBTaskResult.objects.filter(pk=result.id).update(
            status=status, finished_at=finished, enqueued_at=old
        )
        results[name] = result.id

    assert prune_task_results() == 2
    left = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert {str(pk) for pk in left} == {
        str(results[n]) for n in ("recent ok", "waiting", "running")
    }
    assert prune_task_results() == 0


def test_nothing_to_prune_without_the_database_backend(settings):
    settings.TASKS_MODE = "rq"
    assert prune_task_results() == 0


@pytest.mark.django_db(transaction=True)
def test_the_write_ahead_log_is_reset(parade):
    from blogparade.parades.models import Parade

    if connection.vendor != "sqlite":
        assert checkpoint_wal() is None
        return
    wal = connection.settings_dict["NAME"] + "-wal"
    for i in range(50):
        Parade.objects.filter(pk=parade.pk).update(title=f"Title {i} " + "x" * 500)
    assert os.path.getsize(wal) > 0
    log_pages, copied = checkpoint_wal()
    assert log_pages == copied
    assert os.path.getsize(wal) == 0
    assert Parade.objects.get(pk=parade.pk).title.startswith("Title 49 ")
