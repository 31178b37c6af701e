"""A burst of mentions costs one verification task, not one each; a task that finds its
mention already taken is cheap; a batch stopped by its time limit queues the next one."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from blogparade.linkbacks import tasks
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.tests.test_verify_batch import DB_TASKS, queue_mentions

TASK_PATH = tasks.verify_mention_task.module_path


@pytest.fixture
def db_queue(settings):
    settings.TASKS = DB_TASKS
    settings.TASKS_MODE = "db"  # batches on (the default of a real deployment)
    settings.LINKBACKS_VERIFY_THREADS = 3


def waiting_tasks() -> list[list]:
    return [
        r.args_kwargs["args"]
        for r in DBTaskResult.objects.filter(status=TaskResultStatus.READY, task_path=TASK_PATH)
    ]


@pytest.mark.django_db(transaction=True)
def test_a_burst_of_mentions_waits_on_one_task(httpserver, target, db_queue):
    ids = queue_mentions(httpserver, target, 5)
    assert waiting_tasks() == [[ids[0]]]


@pytest.mark.django_db(transaction=True)
def test_without_batches_every_mention_gets_its_task(httpserver, target, db_queue, settings):
    settings.LINKBACKS_VERIFY_BATCH = 1
    ids = queue_mentions(httpserver, target, 3)
    assert sorted(args[0] for args in waiting_tasks()) == ids


@pytest.mark.django_db(transaction=True)
def test_the_waiting_task_verifies_the_whole_burst(httpserver, target, db_queue):
    ids = queue_mentions(httpserver, target, 5)
    tasks.verify_mention_task.call(ids[0])
    assert set(Mention.objects.values_list("status", flat=True)) == {Mention.Status.VERIFIED}


@pytest.mark.django_db(transaction=True)
def test_a_task_whose_mention_was_taken_costs_two_statements(httpserver, target, db_queue):
    ids = queue_mentions(httpserver, target, 2)
    Mention.objects.filter(pk__in=ids).update(status=Mention.Status.VERIFIED)
    with CaptureQueriesContext(connection) as queries:
        assert tasks.verify_batch(ids[1]) == 0
    assert len(queries.captured_queries) == 2


@pytest.mark.django_db(transaction=True)
def test_a_batch_out_of_time_queues_the_next(httpserver, target, db_queue, settings):
    settings.LINKBACKS_DRAIN_SECONDS = 0  # verifies the task's own mention, then stops
    ids = queue_mentions(httpserver, target, 3)
    DBTaskResult.objects.all().delete()
    tasks.verify_mention_task.call(ids[0])
    assert Mention.objects.get(pk=ids[0]).status == Mention.Status.VERIFIED
    assert waiting_tasks() == [[ids[1]]]
