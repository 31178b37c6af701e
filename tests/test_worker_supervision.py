"""A task worker that meets an error (the database locked past its timeout, a full disk) is
started again instead of dying silently; stopping it still stops it."""

from __future__ import annotations

import threading
import time

from django.db import OperationalError

from blogparade.core import worker as worker_mod
from blogparade.core.worker import Supervised


class FlakyWorker:
    """Fails its first rounds like django-tasks-db's loop does when BEGIN IMMEDIATE meets a
    locked database, then takes tasks until told to stop."""

    def __init__(self, log: list[str], failures: int) -> None:
        self.log = log
        self.failures = failures
        self.running = True

    def run(self) -> None:
        if len([x for x in self.log if x == "fail"]) < self.failures:
            self.log.append("fail")
            raise OperationalError("database is locked")
        self.log.append("working")
        while self.running:
            time.sleep(0.01)
        self.log.append("stopped")


def test_a_worker_that_raises_is_started_again_and_stops_when_asked(monkeypatch):
    monkeypatch.setattr(Supervised, "MAX_BACKOFF", 0.05)
    log: list[str] = []
    supervised = Supervised(lambda: FlakyWorker(log, failures=2))
    supervised._wake.wait = lambda timeout: time.sleep(0.01)  # no back-off waits in the test
    thread = threading.Thread(target=supervised.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while "working" not in log and time.monotonic() < deadline:
        time.sleep(0.01)
    assert log[:3] == ["fail", "fail", "working"]
    assert supervised.restarts == 2
    assert "database is locked" in supervised.last_error
    supervised.running = False
    thread.join(5)
    assert not thread.is_alive()
    assert log[-1] == "stopped"


def test_serve_starts_the_task_workers_supervised(settings, monkeypatch):
    settings.TASKS_MODE = "db"
    settings.WORKER_THREADS = 3
    targets = []
    monkeypatch.setattr(threading.Thread, "start", lambda self: targets.append(self.name))
    started = worker_mod.start_background()
    assert {type(item).__name__ for item in started} == {
        "TaskThreads",
        "PeriodicRunner",
        "Heartbeat",
    }
    threads = next(item for item in started if isinstance(item, worker_mod.TaskThreads))
    assert [type(w).__name__ for w in threads.workers] == ["Supervised"] * 3
    assert sorted(targets) == [
        "blogparade-heartbeat",
        "blogparade-periodic",
        "blogparade-tasks-1",
        "blogparade-tasks-2",
        "blogparade-tasks-3",
    ]
