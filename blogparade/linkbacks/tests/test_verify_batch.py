"""A batch of queued mentions is drained: on threads in the calling process, and — in a real
`blogparade worker` — on one helper process per CPU core."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection

from blogparade.linkbacks import tasks
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.receive import receive_webmention
from blogparade.linkbacks.tests.pages import post_page

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def queue_mentions(httpserver, target: str, n: int, *, worker_running: bool = False) -> list[int]:
    for i in range(n):
        httpserver.expect_request(f"/post/{i}").respond_with_data(
            post_page(f'<a href="{target}">my answer</a>', title=f"Post {i}"),
            content_type="text/html; charset=utf-8",
        )
    ids = [
        receive_webmention(httpserver.url_for(f"/post/{i}"), target, "192.0.2.1").pk
        for i in range(n)
    ]
    if not worker_running:
        assert set(Mention.objects.values_list("status", flat=True)) == {Mention.Status.QUEUED}
    return ids


@pytest.mark.django_db(transaction=True)
def test_a_batch_drains_the_queue_on_threads(httpserver, settings, target):
    settings.TASKS = DB_TASKS
    settings.LINKBACKS_VERIFY_THREADS = 3
    ids = queue_mentions(httpserver, target, 6)
    assert tasks._processes() == 1  # tests never leave the process
    assert tasks.verify_batch(ids[0], size=10) == 6
    assert set(Mention.objects.values_list("status", flat=True)) == {Mention.Status.VERIFIED}


def test_helper_processes_default_to_the_cores(settings):
    settings.TESTING = False
    settings.TASKS_MODE = "db"
    assert tasks._processes() == (os.cpu_count() or 1)
    settings.LINKBACKS_VERIFY_PROCESSES = 1
    assert tasks._processes() == 1
    settings.TASKS_MODE = "immediate"
    settings.LINKBACKS_VERIFY_PROCESSES = 4
    assert tasks._processes() == 1


def _helpers_of(pid: int) -> int:
    """Helper processes of the worker: spawned children, or forks of its forkserver."""
    parents: dict[int, int] = {}
    cmdlines: dict[int, bytes] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdlines[int(entry.name)] = (entry / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        parents[int(entry.name)] = ppid
    servers = {
        child
        for child, parent in parents.items()
        if parent == pid and b"forkserver" in cmdlines.get(child, b"")
    }
    return sum(
        1
        for child, parent in parents.items()
        if (parent == pid and b"spawn_main" in cmdlines.get(child, b"")) or parent in servers
    )


@pytest.mark.worker
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts helper processes via /proc")
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_verifies_on_helper_processes(httpserver, settings, target, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the worker is pointed at the SQLite test database")
    settings.TASKS = DB_TASKS
    env = {
        **os.environ,
        "BLOGPARADE_DATA_DIR": str(tmp_path / "data"),
        "BLOGPARADE_DATABASE_URL": f"sqlite:///{connection.settings_dict['NAME']}",
        "BLOGPARADE_TASKS": "db",
        "BLOGPARADE_BASE_URL": settings.BASE_URL,
        "BLOGPARADE_FETCH_ALLOW_HOSTS": "127.0.0.1,localhost",
        "BLOGPARADE_RATE_LIMITS": "off",
        # Fewer threads than mentions, so that the batch hands shares to its helpers.
        "BLOGPARADE_VERIFY_THREADS": "4",
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "blogparade.cli", "worker", "--interval", "0.2", "--no-periodic"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    # One process per core: the worker itself and a helper for each other core.
    expected = min(os.cpu_count() or 1, 16) - 1
    helpers = 0
    try:
        # The helpers start with the worker, before there is any work for them.
        deadline = time.monotonic() + 30
        while expected and helpers < expected and time.monotonic() < deadline:
            helpers = _helpers_of(worker.pid)
            time.sleep(0.1)
        assert helpers == expected, "the helpers did not start with the worker"
        # More than the batch's threads, so the batch uses its helpers.
        queue_mentions(httpserver, target, 24, worker_running=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and worker.poll() is None:
            helpers = max(helpers, _helpers_of(worker.pid))
            waiting = [Mention.Status.QUEUED, Mention.Status.VERIFYING]
            if not Mention.objects.filter(status__in=waiting).exists():
                break
            time.sleep(0.1)
    finally:
        worker.terminate()
        try:
            output, _ = worker.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
            output, _ = worker.communicate()
    statuses = set(Mention.objects.values_list("status", "status_reason"))
    assert statuses == {(Mention.Status.VERIFIED, "")}, output[-3000:]
    if expected > 0:
        assert helpers == expected, output[-3000:]


@pytest.mark.django_db(transaction=True)
def test_a_batch_tops_its_queue_up_claim_by_claim(httpserver, settings, target, monkeypatch):
    """With room for 4 in flight, 11 waiting mentions take several claims; each is verified
    once, and the batch ends when none wait."""
    settings.TASKS = DB_TASKS
    ids = queue_mentions(httpserver, target, 11)
    claims = []
    original = tasks._claim_rows

    def counting(room, exclude=None):
        rows = original(room, exclude)
        claims.append(len(rows))
        return rows

    monkeypatch.setattr(tasks, "_claim_rows", counting)
    assert tasks._drain([], 4, 2, 60, None) == 11
    assert sum(claims) == 11 and len(claims) >= 3 and max(claims) <= 4
    assert claims[-1] == 0  # the last claim found none: the batch stops
    assert set(Mention.objects.filter(pk__in=ids).values_list("status", flat=True)) == {
        Mention.Status.VERIFIED
    }


class _SlowPool:
    """A helper pool whose start takes as long as this process needs to drain the queue (a
    cold forkserver setting Django up): its submit returns only once every mention is
    verified, or gives up after ten seconds."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.waited_for_drain = False

    def submit(self, fn, *args):
        from concurrent.futures import Future

        from django.db import connections

        deadline = time.monotonic() + 10
        try:
            while time.monotonic() < deadline:
                verified = Mention.objects.filter(status=Mention.Status.VERIFIED).count()
                if verified == self.total:
                    self.waited_for_drain = True
                    break
                time.sleep(0.02)
        finally:
            connections.close_all()
        if not self.waited_for_drain:
            raise RuntimeError("the batch waited for its helpers before verifying")
        future: Future = Future()
        future.set_result(0)
        return future


@pytest.mark.django_db(transaction=True)
def test_a_batch_does_not_wait_for_its_helpers_to_start(httpserver, settings, target, monkeypatch):
    settings.TASKS = DB_TASKS
    settings.LINKBACKS_VERIFY_THREADS = 4  # fewer than the mentions waiting: helpers help
    ids = queue_mentions(httpserver, target, 6)
    pool = _SlowPool(total=6)
    monkeypatch.setattr(tasks, "_processes", lambda: 2)
    monkeypatch.setattr(tasks, "_helper_pool", lambda processes: pool)
    assert tasks.verify_batch(ids[0], size=10) == 6
    assert pool.waited_for_drain  # this process verified all six while its helper started


@pytest.mark.django_db(transaction=True)
def test_helpers_that_cannot_start_leave_the_batch_to_this_process(
    httpserver, settings, target, monkeypatch
):
    settings.TASKS = DB_TASKS
    settings.LINKBACKS_VERIFY_THREADS = 4
    ids = queue_mentions(httpserver, target, 6)
    asked = []

    def broken(processes):
        asked.append(processes)
        raise OSError("no forkserver here")

    monkeypatch.setattr(tasks, "_processes", lambda: 2)
    monkeypatch.setattr(tasks, "_helper_pool", broken)
    assert tasks.verify_batch(ids[0], size=10) == 6
    assert asked == [1]
    assert set(Mention.objects.values_list("status", flat=True)) == {Mention.Status.VERIFIED}


def test_helpers_are_started_only_where_a_batch_would_use_them(settings, monkeypatch):
    started = []
    monkeypatch.setattr(tasks, "_helper_pool", lambda n: started.append(n) or _ReadyPool())
    assert tasks.start_helpers() is None  # tests: one process
    settings.TESTING = False
    settings.TASKS_MODE = "db"
    settings.LINKBACKS_VERIFY_PROCESSES = 3
    thread = tasks.start_helpers()
    assert thread is not None
    thread.join(5)
    assert started == [2]  # the worker itself is the third
    settings.LINKBACKS_VERIFY_PROCESSES = 1
    assert tasks.start_helpers() is None


class _ReadyPool:
    def submit(self, fn, *args):
        from concurrent.futures import Future

        future: Future = Future()
        future.set_result(fn(*args))
        return future


def test_each_process_gets_sixteen_threads_by_default(settings):
    settings.TESTING = False
    settings.TASKS_MODE = "db"
    settings.LINKBACKS_VERIFY_PROCESSES = 2
    assert tasks._threads() == 32
    assert tasks._batch_size() == 100  # at least three mentions in flight per thread
    settings.LINKBACKS_VERIFY_PROCESSES = 8
    assert tasks._threads() == 128 and tasks._batch_size() == 384
    settings.LINKBACKS_VERIFY_THREADS = 6
    assert tasks._threads() == 6
    settings.TASKS_MODE = "immediate"
    assert tasks._batch_size() == 1


@pytest.mark.django_db(transaction=True)
def test_a_process_reads_one_page_at_a_time(httpserver, settings, target, monkeypatch):
    """Threads fetch side by side but parse in turn: a process holds one parse tree."""
    from blogparade.linkbacks import verify

    settings.TASKS = DB_TASKS
    queue_mentions(httpserver, target, 8)
    original = verify._read_page
    reading = [0]
    most = [0]
    count_lock = threading.Lock()

    def slow_read(mention, page):
        with count_lock:
            reading[0] += 1
            most[0] = max(most[0], reading[0])
        time.sleep(0.02)  # long enough for the other threads' pages to arrive meanwhile
        try:
            original(mention, page)
        finally:
            with count_lock:
                reading[0] -= 1

    monkeypatch.setattr(verify, "_read_page", slow_read)
    assert tasks._drain([], 8, 4, 60, None) == 8
    assert most[0] == 1
    assert set(Mention.objects.values_list("status", flat=True)) == {Mention.Status.VERIFIED}
