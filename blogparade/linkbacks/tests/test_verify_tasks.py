"""Verification is an ordinary task per mention; concurrency is the worker's threads and
processes (the task backend hands each task to one of them)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from blogparade.core.worker import TaskThreads
from blogparade.linkbacks import tasks
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.receive import receive_webmention
from blogparade.linkbacks.tests.pages import post_page

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
TASK_PATH = tasks.verify_mention_task.module_path


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


@pytest.fixture
def db_queue(settings):
    settings.TASKS = DB_TASKS
    settings.TASKS_MODE = "db"


def waiting_tasks() -> list[list]:
    return [
        r.args_kwargs["args"]
        for r in DBTaskResult.objects.filter(status=TaskResultStatus.READY, task_path=TASK_PATH)
    ]


def wait_until_settled(seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    waiting = [Mention.Status.QUEUED, Mention.Status.VERIFYING]
    while Mention.objects.filter(status__in=waiting).exists():
        assert time.monotonic() < deadline, "the mentions were not verified in time"
        time.sleep(0.05)


@pytest.mark.django_db(transaction=True)
def test_every_mention_gets_a_task_of_its_own(httpserver, target, db_queue):
    ids = queue_mentions(httpserver, target, 3)
    assert sorted(args[0] for args in waiting_tasks()) == ids


@pytest.mark.django_db(transaction=True)
def test_a_task_verifies_its_own_mention_only(httpserver, target, db_queue):
    ids = queue_mentions(httpserver, target, 3)
    tasks.verify_mention_task.call(ids[1])
    statuses = dict(Mention.objects.values_list("pk", "status"))
    assert statuses == {
        ids[0]: Mention.Status.QUEUED,
        ids[1]: Mention.Status.VERIFIED,
        ids[2]: Mention.Status.QUEUED,
    }


@pytest.mark.django_db(transaction=True)
def test_a_task_whose_mention_was_taken_costs_one_statement(httpserver, target, db_queue):
    ids = queue_mentions(httpserver, target, 2)
    Mention.objects.filter(pk__in=ids).update(status=Mention.Status.VERIFYING)
    with CaptureQueriesContext(connection) as queries:
        tasks.verify_mention_task.call(ids[1])
    assert len(queries.captured_queries) == 1
    assert Mention.objects.get(pk=ids[1]).status == Mention.Status.VERIFYING


@pytest.mark.django_db(transaction=True)
def test_task_threads_verify_side_by_side(httpserver, target, db_queue, monkeypatch):
    """Threads of one process take tasks side by side, and each task is run once: every
    mention verified, every task successful, and more than one running at a time."""
    from blogparade.linkbacks import verify

    ids = queue_mentions(httpserver, target, 8)
    running = [0]
    most = [0]
    lock = threading.Lock()
    original = verify.fetch_source

    def slow_fetch(mention, **kwargs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)  # the other site answering slowly
        try:
            return original(mention, **kwargs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(verify, "fetch_source", slow_fetch)
    workers = TaskThreads(4, interval=0.05).start()
    try:
        wait_until_settled()
    finally:
        workers.running = False
        for thread in workers.threads:
            thread.join(10)
    assert set(Mention.objects.values_list("status", flat=True)) == {Mention.Status.VERIFIED}
    results = DBTaskResult.objects.filter(task_path=TASK_PATH)
    assert sorted(r.args_kwargs["args"][0] for r in results) == ids
    assert set(results.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}
    assert most[0] > 1
    assert not any(thread.is_alive() for thread in workers.threads)


@pytest.mark.django_db(transaction=True)
def test_a_process_reads_one_page_at_a_time(httpserver, target, db_queue, monkeypatch):
    """Threads fetch side by side but parse in turn: a process holds one parse tree."""
    from blogparade.linkbacks import verify

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
    workers = TaskThreads(4, interval=0.05).start()
    try:
        wait_until_settled()
    finally:
        workers.running = False
        for thread in workers.threads:
            thread.join(10)
    assert most[0] == 1
    assert set(Mention.objects.values_list("status", flat=True)) == {Mention.Status.VERIFIED}


def test_worker_processes_default_to_the_cores(settings):
    from blogparade.core.management.commands.worker import default_processes

    settings.WORKER_PROCESSES = 0
    assert default_processes() == (os.cpu_count() or 1)
    settings.WORKER_PROCESSES = 3
    assert default_processes() == 3


def _children(pid: int) -> list[int]:
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    found: list[int] = []
    for tid in tids:
        try:
            found += [int(c) for c in Path(f"/proc/{pid}/task/{tid}/children").read_text().split()]
        except (OSError, ValueError):
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.worker
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the worker's processes via /proc")
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_in_two_processes(httpserver, settings, target, tmp_path):
    """`blogparade worker --processes 2` starts a copy of itself; both take tasks; the copy
    stops with the worker (kill -9: tests/test_worker_process.py)."""
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
    }
    worker = subprocess.Popen(
        [
            *(sys.executable, "-m", "blogparade.cli", "worker"),
            *("--processes", "2", "--threads", "3", "--interval", "0.1", "--no-periodic"),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    copies: list[int] = []
    output = ""
    try:
        deadline = time.monotonic() + 30
        while not copies and time.monotonic() < deadline:
            copies = _children(worker.pid)
            time.sleep(0.1)
        assert len(copies) == 1, "the worker started no copy of itself"
        # Once the copy writes its heartbeat (after its start-up), it takes tasks too.
        from blogparade.core.models import WorkerHeartbeat

        while time.monotonic() < deadline and not any(
            p.endswith(f":{copies[0]}")
            for p in WorkerHeartbeat.objects.values_list("process", flat=True)
        ):
            time.sleep(0.1)
        queue_mentions(httpserver, target, 40, worker_running=True)
        wait_until_settled(60)
        statuses = set(Mention.objects.values_list("status", "status_reason"))
        # Both processes took tasks: the claims carry the process ids.
        claimed_by = {
            p.rsplit(":", 1)[1] for p in Mention.objects.values_list("claimed_by", flat=True)
        }
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=40)
        deadline = time.monotonic() + 10
        while _alive(copies[0]) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.communicate()
        for pid in copies:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    assert statuses == {(Mention.Status.VERIFIED, "")}, output[-3000:]
    assert claimed_by == {str(worker.pid), str(copies[0])}, output[-3000:]
    assert worker.returncode == 0, output[-3000:]
    assert not _alive(copies[0]), "the copy outlived the worker"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not os.environ.get("BLOGPARADE_REDIS_URL"), reason="needs BLOGPARADE_REDIS_URL (CI sets it)"
)
def test_task_threads_verify_side_by_side_on_rq(httpserver, target, settings, monkeypatch):
    """The same threads on RQ: one RQ worker per thread, each job run once."""
    import django_rq

    from blogparade.linkbacks import verify

    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.TASKS_MODE = "rq"
    django_rq.get_queue("default").empty()
    running = [0]
    most = [0]
    calls: list[int] = []
    lock = threading.Lock()
    original = verify.fetch_source

    def slow_fetch(mention, **kwargs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            calls.append(mention.pk)
        time.sleep(0.1)
        try:
            return original(mention, **kwargs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(verify, "fetch_source", slow_fetch)
    ids = queue_mentions(httpserver, target, 6)
    workers = TaskThreads(3, interval=0.05).start()
    try:
        wait_until_settled()
    finally:
        workers.running = False
        for thread in workers.threads:
            thread.join(10)
    assert set(Mention.objects.values_list("status", flat=True)) == {Mention.Status.VERIFIED}
    assert sorted(calls) == ids
    assert most[0] > 1


@pytest.mark.django_db(transaction=True)
def test_a_database_that_cannot_be_written_for_a_while_is_waited_for(
    httpserver, target, db_queue, monkeypatch
):
    """SQLite locked by another process past its timeout: the fetched page is settled once
    the database answers, logged and counted once, not put off as a failing source."""
    from django.db import OperationalError, transaction

    from blogparade.contributions.models import Contribution
    from blogparade.linkbacks import verify

    ids = queue_mentions(httpserver, target, 1)
    real_settle = verify.settle
    tries = []

    def locked_once(mention, page):
        tries.append(mention.attempts)
        if len(tries) == 1:
            with transaction.atomic():
                verify._judge(mention, page)  # changes the row in memory, then the write fails
                raise OperationalError("database is locked")
        return real_settle(mention, page)

    monkeypatch.setattr(verify, "settle", locked_once)
    tasks.verify_mention_task.call(ids[0])
    mention = Mention.objects.get(pk=ids[0])
    assert tries == [1, 1]
    assert mention.status == Mention.Status.VERIFIED
    assert mention.attempts == 1
    assert sum("Fetched the source" in line for _at, line in mention.log_lines) == 1
    assert Contribution.objects.count() == 1
    assert len(httpserver.log) == 1  # fetched once


@pytest.mark.django_db(transaction=True)
def test_a_database_that_stays_unwritable_leaves_the_mention_for_later(
    httpserver, target, db_queue, monkeypatch
):
    from django.db import OperationalError

    from blogparade.linkbacks import verify

    ids = queue_mentions(httpserver, target, 1)

    def locked(mention, page):
        raise OperationalError("database is locked")

    monkeypatch.setattr(verify, "settle", locked)
    monkeypatch.setattr(tasks, "DATABASE_PATIENCE", 0.6)
    tasks.verify_mention_task.call(ids[0])
    mention = Mention.objects.get(pk=ids[0])
    assert mention.status == Mention.Status.UNVERIFIED
    assert mention.next_try_at is not None
    assert "OperationalError" in mention.last_error
