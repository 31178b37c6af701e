"""/readyz: is work flowing? The database, the task queue's oldest wait, and the last run of
the worker's heartbeat task (issue: a dead worker thread left /healthz at 200 while 451
mentions waited)."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from django.db import OperationalError
from django.utils import timezone

from blogparade.core import health

pytestmark = pytest.mark.django_db


@pytest.fixture
def db_tasks(settings):
    settings.TASKS_MODE = "db"
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def test_ready_with_inline_tasks(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["ready"] is True and body["database"] == "ok" and body["problems"] == []
    assert "no-cache" in response["Cache-Control"]


def test_not_ready_until_a_worker_has_run_the_heartbeat(client, db_tasks):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["problems"] == ["no task worker has run a task yet"]

    health.heartbeat.call()  # what a task worker does with the periodic heartbeat task
    response = client.get("/readyz")
    assert response.status_code == 200, response.json()
    assert response.json()["worker"]["last_heartbeat_seconds_ago"] < 5


def test_a_silent_worker_makes_it_not_ready(client, db_tasks):
    from blogparade.core.models import PeriodicRun

    health.heartbeat.call()
    PeriodicRun.objects.filter(name=f"{health.HEARTBEAT}:ran").update(
        last_run_at=timezone.now() - timedelta(seconds=health.MAX_HEARTBEAT_AGE + 30)
    )
    response = client.get("/readyz")
    assert response.status_code == 503
    assert "no task worker has run a task for" in response.json()["problems"][0]


def test_an_old_waiting_task_makes_it_not_ready(client, db_tasks):
    from django_tasks_db.models import DBTaskResult

    health.heartbeat.call()
    fresh = health.heartbeat.enqueue()
    body = client.get("/readyz").json()
    assert body["ready"] is True and body["queue"]["waiting"] == 1

    DBTaskResult.objects.filter(pk=fresh.id).update(
        enqueued_at=timezone.now() - timedelta(seconds=health.MAX_QUEUE_AGE + 60)
    )
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["queue"]["oldest_wait_seconds"] > health.MAX_QUEUE_AGE
    assert "the oldest task has waited" in body["problems"][0]


def test_a_task_queued_for_later_has_not_waited_yet(client, db_tasks):
    health.heartbeat.call()
    health.heartbeat.using(run_after=timezone.now() + timedelta(hours=1)).enqueue()
    body = client.get("/readyz").json()
    assert body["ready"] is True and body["queue"]["oldest_wait_seconds"] is None


def test_no_database_is_not_ready(client, monkeypatch):
    from django.db import connection

    def broken(*args, **kwargs):
        raise OperationalError("unable to open database file")

    monkeypatch.setattr(connection, "cursor", broken)
    result = health.check()
    assert not result.ready and result.problems == ["database unavailable (OperationalError)"]


@pytest.mark.skipif(
    not os.environ.get("BLOGPARADE_REDIS_URL"), reason="needs BLOGPARADE_REDIS_URL (CI sets it)"
)
def test_the_rq_queue_is_read_too(client, settings):
    import django_rq

    settings.TASKS_MODE = "rq"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    queue = django_rq.get_queue("default")
    queue.empty()
    health.heartbeat.call()
    health.heartbeat.enqueue()
    body = client.get("/readyz").json()
    assert body["queue"]["waiting"] == 1 and body["queue"]["oldest_wait_seconds"] < 60
    queue.empty()
