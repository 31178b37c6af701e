"""Work held by a process that died comes back within about a minute and a half (issue: it
took about 45 minutes; tasks a killed worker ran stayed RUNNING in the task table for good)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from blogparade.core import worker
from blogparade.core.models import WorkerHeartbeat

pytestmark = pytest.mark.django_db

DEAD = "gone-host:4242"
ALIVE = "live-host:7"


@pytest.fixture
def db_tasks(settings):
    settings.TASKS_MODE = "db"
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def _heartbeats():
    now = timezone.now()
    WorkerHeartbeat.objects.create(
        process=DEAD, started_at=now - timedelta(hours=1), last_seen=now - timedelta(seconds=90)
    )
    WorkerHeartbeat.objects.create(process=ALIVE, started_at=now, last_seen=now)


def _running(worker_id: str):
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from blogparade.contributions.notify import notify_host_of_submission

    result = notify_host_of_submission.enqueue(1)
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, worker_ids=[worker_id], started_at=timezone.now()
    )
    return result


def test_tasks_of_a_dead_worker_are_queued_again(db_tasks):
    from django_tasks_db.models import DBTaskResult

    _heartbeats()
    orphan = _running(f"{DEAD}:99")
    busy = _running(f"{ALIVE}:12")
    stranger = _running("someone-elses-db_worker")
    assert worker.recover_from_dead_workers() == [DEAD]
    statuses = {str(pk): s for pk, s in DBTaskResult.objects.values_list("pk", "status")}
    assert statuses[str(orphan.id)] == "READY"
    assert statuses[str(busy.id)] == "RUNNING" and statuses[str(stranger.id)] == "RUNNING"
    assert list(WorkerHeartbeat.objects.values_list("process", flat=True)) == [ALIVE]
    assert worker.recover_from_dead_workers() == []  # once


def test_mentions_a_dead_process_claimed_are_verified_again(db_tasks, parade):
    from blogparade.linkbacks.models import Mention

    _heartbeats()
    target = f"http://blogparade.test/p/{parade.slug}/"

    def mention(source: str, claimed_by: str) -> Mention:
        return Mention.objects.create(
            source=source,
            target=target,
            target_normalized=target,
            status=Mention.Status.VERIFYING,
            claimed_by=claimed_by,
            parade=parade,
        )

    lost = mention("https://a.example/post", DEAD)
    held = mention("https://b.example/post", ALIVE)
    # Its task taken by the dead process before it could claim the mention (RQ keeps such a
    # job in its registries): queued for longer than the grace period, it gets a task again.
    orphan = mention("https://c.example/post", "")
    fresh = mention("https://d.example/post", "")
    Mention.objects.filter(pk__in=[orphan.pk, fresh.pk]).update(status=Mention.Status.QUEUED)
    Mention.objects.filter(pk=orphan.pk).update(updated_at=timezone.now() - timedelta(minutes=2))
    worker.recover_from_dead_workers()
    lost.refresh_from_db()
    held.refresh_from_db()
    assert (lost.status, lost.claimed_by) == ("queued", "")
    assert held.status == "verifying"
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.filter(task_path__endswith="verify_mention_task")
    assert sorted(r.args_kwargs["args"][0] for r in queued) == sorted([lost.pk, orphan.pk])


def test_a_claim_names_its_process(parade):
    from blogparade.linkbacks import tasks
    from blogparade.linkbacks.models import Mention

    target = f"http://blogparade.test/p/{parade.slug}/"
    m = Mention.objects.create(
        source="https://c.example/p", target=target, target_normalized=target, parade=parade
    )
    assert tasks.claim(m.pk)
    m.refresh_from_db()
    assert m.claimed_by == worker.process_id()


def test_heartbeat_thread_writes_and_forgets(transactional_db):
    beat = worker.Heartbeat(every=0.05).start()
    try:
        deadline = timezone.now() + timedelta(seconds=5)
        while not WorkerHeartbeat.objects.filter(process=worker.process_id()).exists():
            assert timezone.now() < deadline
    finally:
        beat.stop()
        beat.thread.join(5)
    assert not WorkerHeartbeat.objects.filter(process=worker.process_id()).exists()
