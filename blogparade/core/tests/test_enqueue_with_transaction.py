"""A task queued with the rows that call for it: in the same transaction on the database
task backend, after the commit on a backend outside the database."""

from __future__ import annotations

import pytest
from django.db import transaction

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

pytestmark = pytest.mark.django_db


def test_on_the_database_backend_the_task_is_one_write_with_the_rows(settings):
    from django_tasks_db.models import DBTaskResult

    from blogparade.comments.tasks import send_host_notification
    from blogparade.core.worker import enqueue_with_transaction

    settings.TASKS = DB_TASKS
    with transaction.atomic():
        enqueue_with_transaction(send_host_notification, 41)
        assert DBTaskResult.objects.count() == 1  # written inside, before any commit
        transaction.set_rollback(True)
    assert DBTaskResult.objects.count() == 0  # and undone with the rows it belongs to


def test_elsewhere_the_task_is_queued_once_the_rows_committed(
    settings, django_capture_on_commit_callbacks
):
    from blogparade.core.worker import enqueue_with_transaction

    queued = []

    class Task:
        def get_backend(self):
            return object()  # not the database backend (RQ, say)

        def enqueue(self, *args):
            queued.append(args)

    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        enqueue_with_transaction(Task(), 42)
        assert queued == []
    assert queued == [(42,)] and len(callbacks) == 1
