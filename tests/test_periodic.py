from blogparade.core import worker


def test_every_registered_periodic_job_exists():
    missing = [path for path, _ in worker.PERIODIC_JOBS if worker._resolve(path) is None]
    assert missing == []


def test_tick_runs_each_job_once_per_interval(db, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(worker, "PERIODIC_JOBS", [("tests.test_periodic.record_call", 3600)])
    monkeypatch.setattr(worker, "_resolve", lambda path: lambda: calls.append(path))
    runner = worker.PeriodicRunner()
    runner.tick()
    runner.tick()
    assert calls == ["tests.test_periodic.record_call"]
