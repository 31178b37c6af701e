"""The fault suite: a real `blogparade serve` under load, then something goes wrong — a
`kill -9`, a database held locked for 30 s, a full disk. Each test asserts what a host relies
on: nothing the instance accepted (201/202) is lost, nothing is stored twice, no answer is a
500, and the work goes on by itself afterwards.

They run in `make test` on SQLite and, in CI's hub variant, on PostgreSQL + Redis (RQ), each
against an instance of its own (see ``tests/faults.py``). They take a while (about a minute
each), so they are marked ``fault``.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.faults import PG_URL, SLUG, SourceWeb, alive, descendants, instance, wait_until

pytestmark = [
    pytest.mark.fault,
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc"),
]

ACCEPTED = {201, 202}
SETTLED = {"verified", "rejected", "unverified", "gone"}


def _unsettled(inst, sources: set[str]) -> dict[str, str]:
    """For a stalled run's message: the sources not settled, with their status."""
    statuses = {source: status for source, status in inst.stored()["mentions"]}
    return {s: statuses.get(s, "missing") for s in sources if statuses.get(s) not in SETTLED}


def _settled(inst, sources: set[str]) -> bool:
    stored = inst.stored()
    statuses = {source: status for source, status in stored["mentions"]}
    return all(statuses.get(s) in SETTLED for s in sources)


def _assert_nothing_lost_or_doubled(inst, sources: set[str], comments: set[str]) -> dict:
    stored = inst.stored()
    per_source = Counter(source for source, _status in stored["mentions"])
    assert not [s for s in sources if per_source[s] == 0], "accepted mentions were lost"
    assert [s for s, n in per_source.items() if n > 1] == [], "a mention was stored twice"
    statuses = dict(stored["mentions"])
    assert {statuses[s] for s in sources} == {"verified"}, Counter(statuses[s] for s in sources)
    contributions = Counter(stored["contributions"])
    assert {s for s in sources if contributions[s] != 1} == set(), "contributions lost/doubled"
    texts = Counter(stored["comments"])
    assert {t for t in comments if texts[t] != 1} == set(), "comments lost or doubled"
    return stored


def test_kill_9_of_serve_under_load_loses_nothing_and_work_resumes(tmp_path):
    with instance(tmp_path) as inst:
        web = SourceWeb(inst.call_url)
        try:
            inst.start()
            answers: list[tuple[str, int]] = []
            lock = threading.Lock()
            killed = threading.Event()

            def send(n: int) -> None:
                if n % 3 == 0:
                    text, answer = f"comment {n}", inst.post_comment(f"comment {n}")
                else:
                    text, answer = web.url(n), inst.send_webmention(web.url(n))
                with lock:
                    answers.append((text, answer.status))

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(send, range(0, 60)))
                # under load: the kill lands while requests are in flight
                futures = [pool.submit(send, n) for n in range(60, 120)]
                time.sleep(0.3)
                family = inst.kill9()
                killed.set()
                for f in futures:
                    f.result()

            # no process of the killed serve outlives it (they held the port before)
            assert wait_until(lambda: not any(alive(p) for p in family), 15, 0.2), [
                p for p in family if alive(p)
            ]
            inst.start()  # as systemd would; the port is free again
            with ThreadPoolExecutor(4) as pool:
                list(pool.map(send, range(120, 150)))

            statuses = Counter(status for _text, status in answers)
            assert not [s for s in statuses if s >= 500], statuses
            accepted = {text for text, status in answers if status in ACCEPTED}
            sources = {t for t in accepted if t.startswith("http")}
            comments = accepted - sources
            assert len(sources) >= 60 and len(comments) >= 30, statuses
            # the work resumes by itself: mentions the dead worker held come back (its
            # heartbeat stops; after BLOGPARADE_WORKER_DEAD_AFTER its claims are given back)
            assert wait_until(lambda: _settled(inst, sources), 180, 2), (
                "verification stalled",
                _unsettled(inst, sources),
            )
            _assert_nothing_lost_or_doubled(inst, sources, comments)
        finally:
            web.close()


def _count(inst, status: str) -> int:
    return sum(1 for _source, s in inst.stored()["mentions"] if s == status)


def test_kill_9_of_a_verifying_worker_loses_nothing_and_its_work_comes_back(tmp_path):
    with instance(tmp_path) as inst:
        web = SourceWeb(inst.call_url, delay=3.0)  # slow sources: many claims at any moment
        try:
            inst.start("--no-worker")  # the web alone; a worker of its own, as systemd runs it
            sources = {web.url(n) for n in range(150)}
            with ThreadPoolExecutor(8) as pool:
                answers = list(pool.map(lambda s: inst.send_webmention(s).status, sources))
            assert set(answers) <= ACCEPTED, Counter(answers)
            worker = inst.start_worker()
            assert wait_until(lambda: _count(inst, "verified") >= 20, 120, 0.5)
            family = descendants(worker.pid)
            os.kill(worker.pid, signal.SIGKILL)
            worker.wait()
            # the copies it started go with it
            assert wait_until(lambda: not any(alive(p) for p in family), 15, 0.2), [
                p for p in family if alive(p)
            ]
            inst.start_worker()
            # what it held comes back (silent 20 s here → given back by the next pass)
            assert wait_until(lambda: _settled(inst, sources), 240, 2), "work did not resume"
            _assert_nothing_lost_or_doubled(inst, sources, set())
        finally:
            web.close()


def test_hostile_sources_do_not_stall_good_ones(tmp_path):
    with instance(tmp_path) as inst:
        web = SourceWeb(inst.call_url)
        try:
            inst.start()
            hostile = {web.url(n, kind) for n in range(5) for kind in ("hang", "trickle", "huge")}
            good = {web.url(n) for n in range(40)}
            # the hostile ones first, so they hold threads when the good ones arrive
            for source in [*sorted(hostile), *sorted(good)]:
                assert inst.send_webmention(source).status in ACCEPTED
            assert wait_until(lambda: _settled(inst, good), 90, 1), "good mentions stalled"
            _assert_nothing_lost_or_doubled(inst, good, set())
            # the hostile ones end unverified (to be tried again later), none is listed
            assert wait_until(lambda: _settled(inst, hostile), 120, 2)
            statuses = dict(inst.stored()["mentions"])
            assert {statuses[s] for s in hostile} <= {"unverified", "rejected"}
            assert not set(inst.stored()["contributions"]) & hostile
        finally:
            web.close()


def _hold_the_database(inst, seconds: float) -> subprocess.Popen:
    """Another process takes the database's write lock (SQLite) or locks the tables writes
    need (PostgreSQL) and keeps it ``seconds``."""
    if PG_URL:
        url = inst.env["BLOGPARADE_DATABASE_URL"]
        code = (
            "import psycopg, sys, time\n"
            f"c = psycopg.connect({url!r})\n"
            "c.execute('LOCK TABLE linkbacks_mention, comments_comment IN EXCLUSIVE MODE')\n"
            "print('locked', flush=True)\n"
            f"time.sleep({seconds})\n"
            "c.rollback()\n"
        )
    else:
        path = str(inst.data_dir / "blogparade.sqlite3")
        code = (
            "import sqlite3, time\n"
            f"c = sqlite3.connect({path!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            f"time.sleep({seconds})\n"
            "c.execute('ROLLBACK')\n"
        )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_30_second_database_lock_gives_503s_never_500s_and_work_resumes(tmp_path):
    with instance(tmp_path) as inst:
        web = SourceWeb(inst.call_url)
        try:
            inst.start()
            before = {web.url(n) for n in range(5)}
            assert {inst.send_webmention(s).status for s in before} <= ACCEPTED
            holder = _hold_the_database(inst, 30)
            during: list[tuple[str, int, dict]] = []
            started = time.monotonic()
            while holder.poll() is None and time.monotonic() - started < 40:
                n = 100 + len(during)
                source = web.url(n)
                answer = inst.send_webmention(source)
                during.append((source, answer.status, answer.headers))
                comment = inst.post_comment(f"during the lock {n}")
                during.append((f"during the lock {n}", comment.status, comment.headers))
                page = inst.get(f"/p/{SLUG}/")
                during.append(("page", page.status, page.headers))
            holder.wait()
            statuses = Counter(status for _what, status, _h in during)
            assert not [s for s in statuses if s >= 500 and s != 503], statuses
            if not PG_URL:  # SQLite waits 20 s for the lock, then answers 503 (PostgreSQL waits)
                assert statuses[503] > 0, statuses
            for _what, status, headers in during:
                if status == 503:
                    assert headers.get("retry-after"), "a 503 says when to come back"
            # reading pages answered while the writer held the lock
            assert {s for what, s, _h in during if what == "page"} == {200}, statuses
            after = {web.url(n) for n in range(200, 205)}
            assert {inst.send_webmention(s).status for s in after} <= ACCEPTED
            accepted = {w for w, s, _h in during if s in ACCEPTED and w != "page"}
            sources = before | after | {w for w in accepted if w.startswith("http")}
            comments = {w for w in accepted if not w.startswith("http")}
            # the in-process worker lived through the lock: everything gets verified
            assert wait_until(lambda: _settled(inst, sources), 120, 2), (
                "verification stalled",
                _unsettled(inst, sources),
            )
            _assert_nothing_lost_or_doubled(inst, sources, comments)
            assert inst.get("/readyz").status == 200
        finally:
            web.close()


def _mount_tmpfs(path: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
    )
    return done.returncode == 0


def _fill(path: Path) -> Path:
    filler = path / "filler"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * (1 << 20))
                fh.flush()
        except OSError:
            pass
    return filler


@pytest.mark.skipif(bool(PG_URL), reason="the disk that fills is SQLite's; PostgreSQL's is its own")
def test_a_full_disk_refuses_cleanly_and_work_resumes_when_space_returns(tmp_path):
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "64m"):
        pytest.skip("needs root to mount a small tmpfs as the data dir's disk")
    try:
        with instance(disk) as inst:
            web = SourceWeb(inst.call_url)
            try:
                inst.start()
                before = {web.url(n) for n in range(5)}
                assert {inst.send_webmention(s).status for s in before} <= ACCEPTED
                assert wait_until(lambda: _settled(inst, before), 60, 1)
                filler = _fill(disk)
                during = []
                for n in range(100, 120):
                    source = web.url(n)
                    during.append((source, inst.send_webmention(source)))
                    text = f"on a full disk {n}"
                    during.append((text, inst.post_comment(text)))
                statuses = Counter(a.status for _w, a in during)
                assert not [s for s in statuses if s >= 500 and s != 503], statuses
                assert statuses[503] > 0, statuses  # the full disk was felt …
                assert all(a.headers.get("retry-after") for _w, a in during if a.status == 503)
                filler.unlink()
                after = {web.url(n) for n in range(200, 205)}
                assert {inst.send_webmention(s).status for s in after} <= ACCEPTED
                accepted = {w for w, a in during if a.status in ACCEPTED}
                sources = before | after | {w for w in accepted if w.startswith("http")}
                comments = {w for w in accepted if not w.startswith("http")}
                assert wait_until(lambda: _settled(inst, sources), 120, 2), "stalled"
                _assert_nothing_lost_or_doubled(inst, sources, comments)
                # the database is whole
                check = sqlite3.connect(inst.data_dir / "blogparade.sqlite3")
                assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
                check.close()
            finally:
                web.close()
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
