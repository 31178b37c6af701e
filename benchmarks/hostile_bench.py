"""Do hostile sources stall everyone? Good mentions' verification rate with and without 50
hostile sources in the queue, in one run.

The fake web (one asyncio process on 127.0.0.1) serves the good pages of verify_bench.py after
50 ms, and hostile sources of three kinds: ones that never answer (the client's 10 s timeout
ends them), ones that trickle one byte a second (its overall deadline ends them), and ones
that answer with a 10 MB page (its size cap ends them). Two rounds, each with a fresh database
and a real `blogparade worker` with default settings:

1. BENCH_MENTIONS good mentions alone;
2. the 50 hostile mentions received first, then the same good mentions.

Printed: good mentions per second in each round (from the first verification to the last good
one) and their ratio; the target is at least 50 %. The earlier report measured 80 → 5 per
second (6 %).

Run: `.venv/bin/python benchmarks/hostile_bench.py` (BENCH_MENTIONS=N, default 600).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import verify_bench  # noqa: E402 - the good pages

N = int(os.environ.get("BENCH_MENTIONS", "600"))
HOSTILE = 50


def hostile_web(port_out: multiprocessing.Queue, n: int) -> None:
    """Good pages (/post/N after 50 ms) and hostile ones (/hang/N, /trickle/N, /huge/N)."""
    import asyncio

    pages = [verify_bench.make_page(i) for i in range(n)]

    def ok(body: bytes) -> bytes:
        return (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )

    good = [ok(body) for body in pages]
    huge = ok(b"<html><body>" + b"<p>" + b"x" * 10_000_000 + b"</p></body></html>")

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b"\r\n", 1)[0].split(b" ")[1].decode()
                kind, _, number = path.strip("/").partition("/")
                if kind == "post":
                    await asyncio.sleep(0.05)
                    writer.write(good[int(number) % n])
                elif kind == "hang":
                    await asyncio.sleep(3600)
                elif kind == "trickle":
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>")
                    for _ in range(3600):
                        await asyncio.sleep(1)
                        writer.write(b" ")
                        await writer.drain()
                elif kind == "huge":
                    writer.write(huge)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ValueError, IndexError):
            pass
        finally:
            writer.close()

    async def serve() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port_out.put(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(serve())


def round_(port: int, hostile: bool) -> float:
    """One round in a fresh data directory; returns good mentions verified per second."""
    data_dir = tempfile.mkdtemp(prefix="hostile-bench-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "blogparade.settings",
        "BLOGPARADE_DATA_DIR": data_dir,
        "BLOGPARADE_TASKS": "db",
        "BLOGPARADE_RATE_LIMITS": "off",
        "BLOGPARADE_FETCH_ALLOW_HOSTS": "127.0.0.1",
        "BLOGPARADE_BASE_URL": verify_bench.BASE_URL,
        "BLOGPARADE_LOG_LEVEL": "ERROR",
    }
    code = f"""
import django, sys
django.setup()
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from blogparade.linkbacks.receive import receive_webmention
from blogparade.parades.models import Parade
call_command("migrate", verbosity=0)
user = get_user_model().objects.create_user("h@example.org", "h@example.org", "pw-hostile")
now = timezone.now()
Parade.objects.create(host=user, slug="bench", title="Bench", opens_at=now - timedelta(days=400),
    closes_at=now + timedelta(days=30), notify_host=Parade.HostNotice.NONE)
base = "http://127.0.0.1:{port}"
if {hostile!r}:
    kinds = ["hang", "trickle", "huge"]
    for i in range({HOSTILE}):
        receive_webmention(f"{{base}}/{{kinds[i % 3]}}/{{i}}", "{verify_bench.TARGET}", "192.0.2.1")
for i in range({N}):
    receive_webmention(f"{{base}}/post/{{i}}", "{verify_bench.TARGET}", "192.0.2.1")
"""
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=ROOT)
    import sqlite3

    db = sqlite3.connect(Path(data_dir) / "blogparade.sqlite3", timeout=30)

    def good_done() -> tuple[int, str | None, str | None]:
        row = db.execute(
            "SELECT COUNT(*), MIN(updated_at), MAX(updated_at) FROM linkbacks_mention "
            "WHERE source LIKE '%/post/%' AND status NOT IN ('queued', 'verifying')"
        ).fetchone()
        return row[0], row[1], row[2]

    worker = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "blogparade"), "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = time.monotonic()
    try:
        while good_done()[0] < N and time.monotonic() - started < 600:
            time.sleep(0.2)
        done, first, last = good_done()
        hostile_states = dict(
            db.execute(
                "SELECT status, COUNT(*) FROM linkbacks_mention WHERE source NOT LIKE '%/post/%' "
                "GROUP BY status"
            ).fetchall()
        )
    finally:
        family = verify_bench._tree_pids(worker.pid)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        for pid in family:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    from datetime import datetime

    span = (datetime.fromisoformat(last) - datetime.fromisoformat(first)).total_seconds()
    wall = time.monotonic() - started
    rate = done / max(span, 0.001)
    print(
        f"  {'with' if hostile else 'without'} {HOSTILE} hostile sources: {done} good mentions "
        f"in {span:.1f} s = {rate:.0f}/s (worker running {wall:.1f} s)"
        + (f"; hostile ones meanwhile: {hostile_states}" if hostile else "")
    )
    return rate


def main() -> None:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    web = multiprocessing.Process(target=hostile_web, args=(queue, N), daemon=True)
    web.start()
    port = queue.get(timeout=120)
    print(f"good mentions: {N}; hostile sources: {HOSTILE} (never answer, trickle, 10 MB)")
    alone = round_(port, hostile=False)
    beside = round_(port, hostile=True)
    print(f"good mentions keep {beside / alone:.0%} of their rate beside hostile sources")


if __name__ == "__main__":
    main()
