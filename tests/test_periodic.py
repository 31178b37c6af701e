from datetime import timedelta

from django.utils import timezone

from blogparade.core import worker
from blogparade.core.models import PeriodicRun


def test_each_app_registers_its_periodic_jobs_by_their_own_path():
    assert set(worker.PERIODIC_JOBS) == {
        "blogparade.core.ratelimit.purge_expired",
        "blogparade.core.housekeeping.prune_task_results",
        "blogparade.core.housekeeping.checkpoint_wal",
        "blogparade.core.health.heartbeat",
        "blogparade.core.worker.recover_from_dead_workers",
        "blogparade.contributions.pipeline.enqueue_due_rechecks",
        "blogparade.contributions.notify.send_host_digests",
        "blogparade.contributions.notify.tell_hosts_deadline_nears",
        "blogparade.linkbacks.tasks.enqueue_due_mentions",
        "blogparade.comments.tasks.purge_ips",
        "blogparade.comments.tasks.prune_import_uploads",
        "blogparade.comments.notify.send_daily_digests",
        "blogparade.contributions.roundup.draft_due_roundups",
        "blogparade.parades.series.remind_next_hosts",
        "blogparade.parades.hub.refresh_due_sources",
        "blogparade.syndication.reminders.send_due_reminders",
        "blogparade.syndication.watch.poll_due_feeds",
        "blogparade.fediverse.delivery.retry_deliveries",
        "blogparade.fediverse.announce.announce_calls",
        "blogparade.fediverse.announce.announce_contributions",
        "blogparade.fediverse.inbox.forget_seen_activities",
        "blogparade.fediverse.announce.follow_up",
    }
    for name, (job, interval) in worker.PERIODIC_JOBS.items():
        assert callable(getattr(job, "enqueue", job)) and interval > 0, name


def test_tick_runs_each_job_once_per_interval(db, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(worker, "PERIODIC_JOBS", {"tests.job": (lambda: calls.append("x"), 3600)})
    worker.PeriodicRunner().tick()
    worker.PeriodicRunner().tick()  # a second process: the job is claimed already
    assert calls == ["x"]


def test_claim_is_granted_again_once_due(db):
    assert worker.claim("tests.job", 60) is True
    assert worker.claim("tests.job", 60) is False
    PeriodicRun.objects.filter(name="tests.job").update(
        last_run_at=timezone.now() - timedelta(seconds=61)
    )
    assert worker.claim("tests.job", 60) is True


def test_a_failing_job_does_not_stop_the_others(db, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(
        worker,
        "PERIODIC_JOBS",
        {"tests.bad": (lambda: 1 / 0, 60), "tests.good": (lambda: calls.append("good"), 60)},
    )
    worker.PeriodicRunner().tick()
    assert calls == ["good"]


def test_a_tick_with_nothing_due_only_reads(db, monkeypatch):
    """Every 30 s tick tried an INSERT for each job that was not due (1,644 aborted INSERTs in
    46 minutes, each taking SQLite's write lock)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    jobs = {f"tests.job{i}": (lambda: None, 3600) for i in range(5)}
    monkeypatch.setattr(worker, "PERIODIC_JOBS", jobs)
    worker.PeriodicRunner().tick()  # first run: each is claimed (inserted) once
    with CaptureQueriesContext(connection) as queries:
        worker.PeriodicRunner().tick()
    statements = [q["sql"].split()[0].upper() for q in queries.captured_queries]
    assert statements == ["SELECT"]


def test_claim_of_a_job_not_due_does_not_try_to_insert(db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert worker.claim("tests.job", 60) is True
    with CaptureQueriesContext(connection) as queries:
        assert worker.claim("tests.job", 60) is False
    assert not any("INSERT" in q["sql"] for q in queries.captured_queries)
