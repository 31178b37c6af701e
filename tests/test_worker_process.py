"""A task goes through a real, separate `blogparade worker` process (database queue, and the
Redis queue when BLOGPARADE_REDIS_URL is set)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from blogparade.contributions.models import Contribution
from blogparade.contributions.notify import notify_host_of_submission

pytestmark = pytest.mark.worker


def database_url() -> str:
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def run_worker_until_mail(tmp_path: Path, tasks: str, mail_dir: Path, result=None) -> list[Path]:
    env = {
        **os.environ,
        "BLOGPARADE_DATA_DIR": str(tmp_path / "data"),
        "BLOGPARADE_DATABASE_URL": database_url(),
        "BLOGPARADE_TASKS": tasks,
        "BLOGPARADE_EMAIL_URL": f"file://{mail_dir}",
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "blogparade.cli", "worker", "--interval", "0.2", "--no-periodic"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and worker.poll() is None:
            mails = list(mail_dir.glob("*.eml"))
            if mails:
                return mails
            if result is not None:
                result.refresh()
                if result.status == "FAILED":
                    break
            time.sleep(0.1)
    finally:
        worker.terminate()
        try:
            output, _ = worker.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
            output, _ = worker.communicate()
    pytest.fail(f"the worker sent no mail; its output:\n{output[-3000:]}")


def make_submission(parade) -> Contribution:
    return Contribution.objects.create(
        parade=parade,
        url="https://writer.example.org/why-i-blog",
        canonical_url="https://writer.example.org/why-i-blog",
        channel=Contribution.Channel.FORM,
        submitter_name="Wanda Writer",
        submitter_email="wanda@secret.example.org",
    )


@pytest.mark.django_db(transaction=True)
def test_host_mail_goes_through_database_worker(parade, settings, tmp_path):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    contribution = make_submission(parade)
    result = notify_host_of_submission.enqueue(contribution.pk)
    assert result.status == "READY"

    mail_dir = tmp_path / "mail"
    mails = run_worker_until_mail(tmp_path, "db", mail_dir, result)

    text = mails[0].read_text()
    assert "To: host@example.org" in text
    assert "writer.example.org/why-i-blog" in text
    assert "wanda@secret.example.org" not in text  # the submitter's email is never passed on
    result.refresh()
    assert result.status == "SUCCESSFUL"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not os.environ.get("BLOGPARADE_REDIS_URL"), reason="needs BLOGPARADE_REDIS_URL (CI sets it)"
)
def test_host_mail_goes_through_rq_worker(parade, settings, tmp_path):
    import django_rq

    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    django_rq.get_queue("default").empty()
    contribution = make_submission(parade)
    notify_host_of_submission.enqueue(contribution.pk)

    mails = run_worker_until_mail(tmp_path, "rq", tmp_path / "mail")
    assert "writer.example.org/why-i-blog" in mails[0].read_text()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not os.environ.get("BLOGPARADE_REDIS_URL"), reason="needs BLOGPARADE_REDIS_URL (CI sets it)"
)
def test_rq_worker_in_a_thread_runs_tasks(parade, settings, mailoutbox):
    """`blogparade serve` runs its RQ worker in a thread, where RQ's default job time limit
    (SIGALRM) cannot be set: every job failed there before the worker kept time with a timer."""
    import threading

    import django_rq

    from blogparade.core.worker import Supervised, build_task_worker

    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.TASKS_MODE = "rq"
    django_rq.get_queue("default").empty()
    contribution = make_submission(parade)
    result = notify_host_of_submission.enqueue(contribution.pk)

    worker = Supervised(build_task_worker)
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            result.refresh()
            if result.status in ("SUCCESSFUL", "FAILED"):
                break
            time.sleep(0.1)
    finally:
        worker.running = False
        thread.join(10)
    assert result.status == "SUCCESSFUL", result.errors
    assert "writer.example.org/why-i-blog" in mailoutbox[0].body


def _children() -> dict[int, int]:
    """pid → parent pid of every process on this machine."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    return parents


def _descendants(root: int) -> set[int]:
    parents = _children()
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
def test_no_process_outlives_a_killed_worker(tmp_path):
    """kill -9 of `blogparade worker` once left helper processes running (about 80 MB each
    time); the copies `--processes 2` starts end with it."""
    import signal

    env = {
        **os.environ,
        "BLOGPARADE_DATA_DIR": str(tmp_path),
        "BLOGPARADE_TASKS": "db",
        "BLOGPARADE_WORKER_PROCESSES": "2",  # a copy of the worker, started with it
    }
    env.pop("BLOGPARADE_DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "-m", "blogparade.cli", "migrate", "-v", "0"], env=env, check=True
    )
    worker = subprocess.Popen(
        [sys.executable, "-m", "blogparade.cli", "worker", "--no-periodic"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    tree: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        helpers: set[int] = set()
        while time.monotonic() < deadline:
            tree = _descendants(worker.pid)
            helpers = {pid for pid in tree if _children().get(pid) == worker.pid}
            if helpers:
                break
            time.sleep(0.2)
        assert helpers, "the worker started no copy of itself"
        tree = _descendants(worker.pid)
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in tree):
            time.sleep(0.2)
        left = {p for p in tree if Path(f"/proc/{p}").exists()}
        assert not left, f"still running after the worker was killed: {sorted(left)}"
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        for pid in tree | _descendants(worker.pid):
            if Path(f"/proc/{pid}").exists():
                os.kill(pid, signal.SIGKILL)
