"""The parade page with 500 approved contributions under `blogparade serve`.

Prints: time from `blogparade serve` to the first 200; requests/s, p50 and p99 at 16
concurrent keep-alive connections; SQL queries per page with 1 and with 500 contributions
(the second must not be larger). Run: `make bench` or `.venv/bin/python benchmarks/page_bench.py`.
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRIBUTIONS = 500
CONNECTIONS = 16
DURATION = float(os.environ.get("BENCH_SECONDS", "10"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def setup_data(env: dict[str, str]) -> None:
    script = f"""
import django, datetime
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.test import Client
from django.utils import timezone
from django.contrib.auth import get_user_model
from blogparade.parades.models import Parade, Contribution, HostProfile
u = get_user_model().objects.create_user("bench@example.org", "bench@example.org", "bench-password")
HostProfile.objects.create(user=u, name="Bench Host", bio="Measures things.")
now = timezone.now()
p = Parade.objects.create(host=u, slug="bench", title="Benchmark parade", call_text="**Hello** world " * 50,
    opens_at=now - datetime.timedelta(days=30), closes_at=now + datetime.timedelta(days=30))
def add(i):
    Contribution.objects.create(parade=p, url=f"https://blog{{i}}.example.org/post", canonical_url=f"https://blog{{i}}.example.org/post",
        title=f"Contribution number {{i}} with a title", author_name=f"Author {{i}}", author_url=f"https://blog{{i}}.example.org/",
        published=now - datetime.timedelta(hours=i), summary="A summary sentence. " * 10, channel="webmention",
        status="approved", verification="verified", language="en")
add(0)
client = Client(HTTP_HOST="127.0.0.1")
def queries():
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/p/bench/").status_code == 200
    return len(ctx.captured_queries)
q1 = queries()
Contribution.objects.bulk_create([Contribution(parade=p, url=f"https://blog{{i}}.example.org/post", canonical_url=f"https://blog{{i}}.example.org/post",
        title=f"Contribution number {{i}} with a title", author_name=f"Author {{i}}", author_url=f"https://blog{{i}}.example.org/",
        published=now - datetime.timedelta(hours=i), summary="A summary sentence. " * 10, channel="webmention",
        status="approved", verification="verified", language="en") for i in range(1, {CONTRIBUTIONS})])
q500 = queries()
print(f"SQL queries per parade page: {{q1}} with 1 contribution, {{q500}} with {CONTRIBUTIONS}")
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if proc.returncode:
        raise SystemExit("setting up the benchmark data failed:\n" + proc.stderr[-2000:])
    print(proc.stdout, end="")


def load(port: int, path: str) -> tuple[int, list[float], int]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + DURATION

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        local: list[float] = []
        local_errors = 0
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept-Language": "en"})
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    local_errors += 1
            except (OSError, http.client.HTTPException):
                local_errors += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            local.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(local)
            errors += local_errors

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(latencies), latencies, errors


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        port = free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "blogparade.settings",
            "BLOGPARADE_DATA_DIR": data_dir,
            "BLOGPARADE_RATE_LIMITS": "off",
            "BLOGPARADE_BASE_URL": f"http://127.0.0.1:{port}",
        }
        env.pop("BLOGPARADE_DATABASE_URL", None)
        setup_data(env)
        started = time.perf_counter()
        server = subprocess.Popen(
            [sys.executable, "-m", "blogparade.cli", "serve", "--port", str(port), "--no-worker"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while True:
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                    conn.request("GET", "/p/bench/")
                    if conn.getresponse().status == 200:
                        break
                except OSError:
                    pass
                if time.perf_counter() - started > 60:
                    raise SystemExit("server did not answer within 60 s")
                time.sleep(0.02)
            print(
                f"blogparade serve → first 200 of the parade page: {time.perf_counter() - started:.2f} s"
            )
            count, latencies, errors = load(port, "/p/bench/")
            latencies.sort()
            p99 = latencies[int(len(latencies) * 0.99) - 1] if latencies else float("nan")
            print(
                f"parade page, {CONTRIBUTIONS} contributions, {CONNECTIONS} connections, {DURATION:.0f} s: "
                f"{count / DURATION:.1f} req/s, p50 {statistics.median(latencies) * 1000:.1f} ms, "
                f"p99 {p99 * 1000:.1f} ms, errors {errors}"
            )
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
