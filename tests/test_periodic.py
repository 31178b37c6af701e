from datetime import timedelta

from django.utils import timezone

from blogparade.core import worker
from blogparade.core.models import PeriodicRun


def test_every_registered_periodic_job_exists():
    missing = [path for path, _ in worker.PERIODIC_JOBS if worker._resolve(path) is None]
    assert missing == []


def test_tick_runs_each_job_once_per_interval(db, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(worker, "PERIODIC_JOBS", [("tests.job", 3600)])
    monkeypatch.setattr(worker, "_resolve", lambda path: lambda: calls.append(path))
    worker.PeriodicRunner().tick()
    worker.PeriodicRunner().tick()  # a second process: the job is claimed already
    assert calls == ["tests.job"]


def test_claim_is_granted_again_once_due(db):
    assert worker.claim("tests.job", 60) is True
    assert worker.claim("tests.job", 60) is False
    PeriodicRun.objects.filter(name="tests.job").update(
        last_run_at=timezone.now() - timedelta(seconds=61)
    )
    assert worker.claim("tests.job", 60) is True


def test_a_failing_job_does_not_stop_the_others(db, monkeypatch):
    calls: list[str] = []

    def resolve(path):
        if path == "tests.bad":
            return lambda: 1 / 0
        return lambda: calls.append(path)

    monkeypatch.setattr(worker, "PERIODIC_JOBS", [("tests.bad", 60), ("tests.good", 60)])
    monkeypatch.setattr(worker, "_resolve", resolve)
    worker.PeriodicRunner().tick()
    assert calls == ["tests.good"]
