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


class SlowWorker:
    """Takes one task of ``seconds`` when started, then waits for the queue like
    django-tasks-db's loop (``running_task`` says whether it is in the middle of one)."""

    def __init__(self, log: list[str], seconds: float, idle: float) -> None:
        self.log = log
        self.seconds = seconds
        self.idle = idle
        self.running = True
        self.running_task = False

    def run(self) -> None:
        if self.seconds:
            self.running_task = True
            time.sleep(self.seconds)
            self.log.append("task done")
            self.running_task = False
        while self.running:
            time.sleep(self.idle)  # a worker waiting for the queue between its looks


def test_idle_threads_look_for_tasks_in_turn(settings):
    """Together the threads look about once per interval: each waits 0 to 2 × count ×
    interval at random (count × interval on average) before its next look."""
    settings.TASKS_MODE = "db"
    threads = worker_mod.TaskThreads(4, interval=0.5)
    loop = threads.workers[0].build()
    waits = [loop.interval for _ in range(2000)]
    assert all(0 <= w <= 4.0 for w in waits)
    assert 1.8 < sum(waits) / len(waits) < 2.2
    assert max(waits) > 3.5 and min(waits) < 0.5  # spread over the whole range


def test_stopping_waits_for_a_task_in_hand_but_not_for_idle_threads(settings):
    settings.TASKS_MODE = "db"
    log: list[str] = []
    threads = worker_mod.TaskThreads(2, interval=0.01)
    # One thread is in the middle of a task; the other waits for the queue (30 s between
    # looks, as an idle thread of a big worker might).
    threads.workers[0].build = lambda: SlowWorker(log, seconds=1.0, idle=30)
    threads.workers[1].build = lambda: SlowWorker(log, seconds=0, idle=30)
    runner = threading.Thread(target=threads.run, daemon=True)
    runner.start()
    time.sleep(0.3)
    threads.running = False
    runner.join(20)
    assert not runner.is_alive()
    assert log == ["task done"]  # the task in hand was finished …
    assert threads.threads[1].is_alive()  # … and the idle thread was not waited for
