"""The harness of the fault suite (``tests/test_faults.py``): a real instance as a user runs
it — `blogparade serve` in its own processes, on its own data dir and its own database — a
fake web of source pages on loopback, and readers of what the instance stored.

On SQLite (the default) the instance gets a data dir of its own. When the suite runs against
PostgreSQL and Redis (``BLOGPARADE_DATABASE_URL`` and ``BLOGPARADE_REDIS_URL`` set, as the
hub variant of CI does), it gets a database of its own on that server, created and dropped
here, and the RQ task queue on a Redis database of its own per test process.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BLOGPARADE_DATABASE_URL", "")
REDIS_URL = os.environ.get("BLOGPARADE_REDIS_URL", "")
SLUG = "faults"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if stat[0] != "Z":
                parents[int(entry.name)] = int(stat[1])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        return (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]) != "Z"
    except OSError:
        return False


class SourceWeb:
    """Source posts on loopback: ``/post/N`` is an h-entry that links to the call, answered
    after ``delay`` seconds. Hostile ones: ``/hang/N`` never answers, ``/trickle/N`` sends a
    byte a second, ``/huge/N`` is 10 MB."""

    def __init__(self, call_url: str, delay: float = 0.0) -> None:
        call = call_url

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                kind, n = self.path.strip("/").split("/", 1)
                if kind == "hang":
                    time.sleep(120)
                    return
                if kind == "trickle":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    for _ in range(120):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(1)
                    return
                if kind == "huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    chunk = b"<p>" + b"x" * (1 << 16) + b"</p>"
                    for _ in range(160):
                        self.wfile.write(chunk)
                    return
                time.sleep(delay)
                body = (
                    f'<!doctype html><html lang="en"><head><title>Answer {n}</title></head>'
                    f'<body><article class="h-entry"><h1 class="p-name">Answer {n}</h1>'
                    f'<a class="p-author h-card" href="/">Writer {n}</a>'
                    f'<div class="e-content"><p>My answer number {n} to '
                    f'<a href="{call}">the parade</a>.</p></div></article></body></html>'
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, n: int, kind: str = "post") -> str:
        return f"http://127.0.0.1:{self.port}/{kind}/{n}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Answer:
    status: int  # 0: no answer (connection refused or cut)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Instance:
    """One blogparade instance under test, run as the README says."""

    data_dir: Path
    port: int
    env: dict[str, str]
    proc: subprocess.Popen | None = None
    log: Path | None = None
    workers: list[subprocess.Popen] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def call_url(self) -> str:
        return f"{self.base}/p/{SLUG}/"

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "blogparade.cli", *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
        )

    def start(self, *options: str) -> None:
        self.log = self.data_dir.parent / f"serve-{self.port}.log"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "blogparade.cli", "serve", "--port", str(self.port), *options],
            env=self.env,
            stdout=self.log.open("a"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"serve exited: {self.log.read_text()[-3000:]}")
            if self.get("/healthz").status == 200:
                return
            time.sleep(0.2)
        raise AssertionError(f"serve did not answer: {self.log.read_text()[-3000:]}")

    def kill9(self) -> set[int]:
        """SIGKILL for the main process only, as the OOM killer or `kill -9` gives it; the
        processes it had started, for the caller to watch."""
        assert self.proc is not None
        family = descendants(self.proc.pid)
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        return family

    def stop(self) -> None:
        for worker in self.workers:
            if worker.poll() is None:
                family = descendants(worker.pid)
                worker.kill()
                worker.wait()
                for pid in family:
                    if alive(pid):
                        os.kill(pid, signal.SIGKILL)
        if self.proc is not None and self.proc.poll() is None:
            family = descendants(self.proc.pid)
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            for pid in family:
                if alive(pid):
                    os.kill(pid, signal.SIGKILL)

    def start_worker(self) -> subprocess.Popen:
        """A standalone `blogparade worker`, as a second systemd unit runs it."""
        log = self.data_dir.parent / "worker.log"
        worker = subprocess.Popen(
            [sys.executable, "-m", "blogparade.cli", "worker"],
            env=self.env,
            stdout=log.open("a"),
            stderr=subprocess.STDOUT,
        )
        self.workers.append(worker)
        return worker

    def request(
        self, method: str, path: str, data: bytes | None = None, headers: dict | None = None
    ) -> Answer:
        req = urllib.request.Request(
            self.base + path, data=data, method=method, headers=headers or {}
        )
        try:
            with urllib.request.urlopen(req, timeout=90) as response:
                response.read()
                return Answer(response.status, {k.lower(): v for k, v in response.headers.items()})
        except urllib.error.HTTPError as exc:
            exc.read()
            return Answer(exc.code, {k.lower(): v for k, v in exc.headers.items()})
        except (OSError, http.client.HTTPException):
            return Answer(0)

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def send_webmention(self, source: str) -> Answer:
        body = urllib.parse.urlencode({"source": source, "target": self.call_url}).encode()
        return self.request(
            "POST",
            "/webmention",
            body,
            {"Content-Type": "application/x-www-form-urlencoded"},
        )

    def post_comment(self, text: str) -> Answer:
        body = json.dumps(
            {"text": text, "author": "Fault Tester", "email": "fault@example.org"}
        ).encode()
        return self.request(
            "POST",
            f"/isso/new?uri=/p/{SLUG}/",
            body,
            {"Content-Type": "application/json", "Origin": self.base},
        )

    def stored(self) -> dict:
        """What the instance holds: mentions by source (with their statuses), contributions
        by URL, and comment texts — read through Django, whichever database it runs on."""
        code = (
            "import json\n"
            "from blogparade.linkbacks.models import Mention\n"
            "from blogparade.contributions.models import Contribution\n"
            "from blogparade.comments.models import Comment\n"
            "print(json.dumps({"
            "'mentions': list(Mention.objects.values_list('source', 'status')),"
            "'contributions': list(Contribution.objects.values_list('url', flat=True)),"
            "'comments': list(Comment.objects.values_list('text', flat=True)),"
            "'contribution_states': list(Contribution.objects.values_list("
            "'url', 'status', 'verification', 'kind', 'author_name')),"
            "}))\n"
        )
        out = self.cli("shell", "-c", code).stdout
        return json.loads(out.strip().splitlines()[-1])


@contextmanager
def instance(tmp_path: Path) -> Iterator[Instance]:
    """A fresh instance with a host and an open parade, not yet serving; torn down after."""
    port = free_port()
    data_dir = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BLOGPARADE_")}
    env.update(
        {
            "BLOGPARADE_DATA_DIR": str(data_dir),
            "BLOGPARADE_BASE_URL": f"http://127.0.0.1:{port}",
            "BLOGPARADE_FETCH_ALLOW_HOSTS": "127.0.0.1",
            "BLOGPARADE_RATE_LIMITS": "off",
            "BLOGPARADE_LOG_LEVEL": "WARNING",
            # the same recovery, sooner: a process silent for 20 s is gone (default 60)
            "BLOGPARADE_WORKER_DEAD_AFTER": "20",
        }
    )
    database = ""
    if PG_URL:
        database = f"bp_fault_{uuid.uuid4().hex[:10]}"
        _pg(PG_URL, f"CREATE DATABASE {database}")
        env["BLOGPARADE_DATABASE_URL"] = PG_URL.rsplit("/", 1)[0] + "/" + database
    if REDIS_URL:
        db = 10 + _xdist_index()  # one Redis database per test process, emptied first
        url = REDIS_URL.rsplit("/", 1)[0] + f"/{db}"
        _redis_flush(url)
        env["BLOGPARADE_REDIS_URL"] = url
        env["BLOGPARADE_TASKS"] = "rq"
    it = Instance(data_dir=data_dir, port=port, env=env)
    try:
        it.cli("migrate", "-v", "0")
        it.cli(
            "createhost", "--email", "host@example.org", "--password", "fault-tests-9",
            "--name", "Fault Host",
        )  # fmt: skip
        it.cli(
            "parade", "create", "--slug", SLUG, "--title", "Faults",
            "--opens", "2020-01-01T00:00", "--closes", "2099-01-01T00:00",
        )  # fmt: skip
        yield it
    finally:
        it.stop()
        if database:
            _pg(PG_URL, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def _xdist_index() -> int:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(worker.removeprefix("gw") or 0) % 6


def _pg(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(statement)


def _redis_flush(url: str) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()


def wait_until(predicate, seconds: float, every: float = 1.0):
    deadline = time.monotonic() + seconds
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(every)
