"""blogparade's ``/isso/`` API side by side with Isso from PyPI, both under waitress with 8 threads.

For each server, in one run:
* GET of a 200-comment thread as Isso's client asks for it (``?uri=/bench/``): requests/s,
  p50 and p99 at 16 keep-alive connections;
* ``POST /count`` for 10 pages: requests/s;
* comments posted per second (16 connections, every post different) with the spam checks
  on — blocklists, duplicate detection, link limit, moderation for blogparade; Isso's guard
  with its per-IP rate limits raised so one load generator can post (blogparade's rate
  limits are off for the same reason);
* server memory: the highest PSS of the server process tree seen during the GET load.

Isso runs from a separate virtualenv (it pins its own dependencies):

    python3 -m venv /tmp/issovenv && /tmp/issovenv/bin/pip install isso waitress
    .venv/bin/python benchmarks/isso_bench.py [--isso-venv /tmp/issovenv] [--seconds 10]
        [--persistent-db]

``--persistent-db`` runs blogparade with persistent SQLite connections (``CONN_MAX_AGE =
None``, through a settings module that extends ``blogparade.settings``) to show what opening
a connection per request costs; without it the shipped settings are used.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMENTS = 200
CONNECTIONS = 16
THREADS = 8


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def comment_rows(n: int = COMMENTS) -> list[tuple[int, int | None, str, str, str]]:
    """(id, parent, author, email, markdown): 40 top-level comments with nested replies."""
    rows = []
    for i in range(1, n + 1):
        parent = None if i <= 40 else ((i - 1) % 40) + 1 if i <= 120 else i - 80
        text = (
            f"Comment {i} with *emphasis*, a [link](https://example.org/{i}) and `code`.\n\n"
            "> A quoted line\n\n- one\n- two\n\n" + "Some more words to render. " * 8
        )
        rows.append((i, parent, f"Author {i}", f"a{i}@example.net", text))
    return rows


def setup_blogparade(env: dict[str, str]) -> None:
    script = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from datetime import timedelta
from django.utils import timezone
from blogparade.comments import services
from blogparade.comments.models import Comment
from blogparade.comments.render import render_markdown
from benchmarks.isso_bench import comment_rows
thread = services.get_or_create_thread("", "/bench/", "Bench")
start = timezone.now() - timedelta(days=1)
for i, parent, author, email, text in comment_rows():
    Comment.objects.create(pk=i, thread=thread, parent_id=parent, author=author, email=email,
        website="https://example.org/", text=text, text_html=render_markdown(text),
        status="approved", created=start + timedelta(seconds=i))
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if proc.returncode:
        raise SystemExit("setting up blogparade failed:\n" + proc.stderr[-2000:])


def fill_isso(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("INSERT INTO threads (id, uri, title) VALUES (1, '/bench/', 'Bench')")
    start = time.time() - 86400
    con.executemany(
        "INSERT INTO comments (tid, id, parent, created, modified, mode, remote_addr, text,"
        " author, email, website, likes, dislikes, voters, notification)"
        " VALUES (1, ?, ?, ?, NULL, 1, '127.0.0.0', ?, ?, ?, 'https://example.org/', 0, 0, ?, 0)",
        [(i, p, start + i, t, a, e, bytes(256)) for i, p, a, e, t in comment_rows()],
    )
    con.commit()
    con.close()


def wait_for(port: int, path: str, deadline: float = 60) -> None:
    started = time.monotonic()
    while time.monotonic() - started < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            if conn.getresponse().status < 500:
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"server on port {port} did not answer within {deadline:.0f} s")


def pss_kb(pid: int) -> int:
    """PSS of ``pid`` and its descendants (kB)."""
    total = 0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
            pids.extend(int(c) for c in children)
        except OSError:
            continue
    return total


def load(
    port: int,
    method: str,
    path: str,
    seconds: float,
    body=None,
    headers: dict[str, str] | None = None,
    ok=(200,),
    pid: int | None = None,
) -> dict[str, float]:
    """Hammer one endpoint with CONNECTIONS keep-alive connections; ``body`` may be a
    callable (worker, n) -> bytes for unique posts."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    peak = [0]

    def sample() -> None:
        while pid and time.monotonic() < stop_at:
            peak[0] = max(peak[0], pss_kb(pid))
            time.sleep(0.5)

    def worker(w: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        local: list[float] = []
        bad = 0
        n = 0
        while time.monotonic() < stop_at:
            n += 1
            data = body(w, n) if callable(body) else body
            started = time.perf_counter()
            try:
                conn.request(method, path, body=data, headers=headers or {})
                response = conn.getresponse()
                response.read()
                if response.status not in ok:
                    bad += 1
                    continue
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                continue
            local.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(local)
            errors += bad

    sampler = threading.Thread(target=sample)
    sampler.start()
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(CONNECTIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    sampler.join()
    latencies.sort()
    n = len(latencies)
    return {
        "rps": n / seconds,
        "p50": statistics.median(latencies) * 1000 if n else float("nan"),
        "p99": latencies[max(0, int(n * 0.99) - 1)] * 1000 if n else float("nan"),
        "errors": errors,
        "pss_mb": peak[0] / 1024,
    }


def measure(name: str, port: int, prefix: str, origin: str, pid: int, seconds: float) -> dict:
    json_h = {"Content-Type": "application/json", "Origin": origin}
    get = load(port, "GET", f"{prefix}?uri=%2Fbench%2F", seconds, pid=pid)
    pages = json.dumps(["/bench/"] + [f"/other/{i}/" for i in range(9)]).encode()
    count = load(port, "POST", f"{prefix}count", seconds, body=pages, headers=json_h)

    def post_body(w: int, n: int) -> bytes:
        return json.dumps(
            {
                "text": f"Post {w}-{n} from the benchmark, with *some* Markdown.",
                "author": f"Writer {w}",
                "email": f"w{w}-{n}@example.net",
                "website": "https://example.org/",
                "title": "Bench",
            }
        ).encode()

    posts = load(
        port,
        "POST",
        f"{prefix}new?uri=%2Fbench%2F",
        seconds,
        body=post_body,
        headers=json_h,
        ok=(201, 202),
    )
    return {"name": name, "get": get, "count": count, "posts": posts}


def run_blogparade(tmp: Path, seconds: float, persistent_db: bool = False) -> dict:
    port = free_port()
    settings_module = "blogparade.settings"
    if persistent_db:
        (tmp / "bench_settings.py").write_text(
            "from blogparade.settings import *  # noqa: F403\n"
            'DATABASES["default"]["CONN_MAX_AGE"] = None  # noqa: F405\n'
        )
        settings_module = "bench_settings"
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "BLOGPARADE_DATA_DIR": str(tmp / "bp"),
        "BLOGPARADE_RATE_LIMITS": "off",
        "BLOGPARADE_BASE_URL": base,
        "BLOGPARADE_TASKS": "db",
        "BLOGPARADE_EMAIL_URL": f"file://{tmp / 'mail'}",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp)]),
    }
    env.pop("BLOGPARADE_DATABASE_URL", None)
    setup_blogparade(env)
    cmd = [sys.executable, "-m", "blogparade.cli", "serve", "--port", str(port), "--no-worker"]
    cmd += ["--threads", str(THREADS)]
    server = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(port, "/healthz")
        return measure("blogparade", port, "/isso/", base, server.pid, seconds)
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_isso(tmp: Path, venv: Path, seconds: float) -> dict:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    db = tmp / "isso.db"
    cfg = tmp / "isso.cfg"
    cfg.write_text(
        f"[general]\ndbpath = {db}\nhost = {base}\n"
        "[moderation]\nenabled = false\n"
        f"[server]\nlisten = {base}\n"
        "[guard]\nenabled = true\nratelimit = 1000000\ndirect-reply = 1000000\n"
        "reply-to-self = true\nrequire-author = true\nrequire-email = true\n"
    )
    env = {**os.environ, "ISSO_SETTINGS": str(cfg)}
    cmd = [str(venv / "bin" / "waitress-serve"), f"--threads={THREADS}"]
    cmd += [f"--listen=127.0.0.1:{port}", "isso.run:application"]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, "/?uri=%2Fnothing%2F")
        fill_isso(db)
        return measure("Isso", port, "/", base, server.pid, seconds)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--isso-venv", default=os.environ.get("ISSO_VENV", "/tmp/issovenv"))
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("BENCH_SECONDS", 10)))
    parser.add_argument(
        "--persistent-db",
        action="store_true",
        help="blogparade with persistent SQLite connections (CONN_MAX_AGE=None)",
    )
    args = parser.parse_args()
    venv = Path(args.isso_venv)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(run_blogparade(Path(tmp), args.seconds, args.persistent_db))
        if (venv / "bin" / "waitress-serve").exists():
            results.append(run_isso(Path(tmp), venv, args.seconds))
        else:
            print(f"(Isso skipped: no {venv}/bin/waitress-serve; see the docstring)")
    print(
        f"{COMMENTS}-comment thread, {CONNECTIONS} connections, waitress {THREADS} threads, "
        f"{args.seconds:.0f} s per figure"
        + (", blogparade with persistent DB connections" if args.persistent_db else "")
    )
    header = (
        f"{'':12} {'GET req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'PSS MB':>7} "
        f"{'count req/s':>12} {'posts/s':>8} {'errors':>7}"
    )
    print(header)
    for r in results:
        g, c, p = r["get"], r["count"], r["posts"]
        errors = int(g["errors"] + c["errors"] + p["errors"])
        print(
            f"{r['name']:12} {g['rps']:10.1f} {g['p50']:8.1f} {g['p99']:8.1f} {g['pss_mb']:7.1f} "
            f"{c['rps']:12.1f} {p['rps']:8.1f} {errors:7d}"
        )
    if len(results) == 2:
        ours, theirs = results[0], results[1]
        for key, label in (("get", "GET"), ("count", "POST /count"), ("posts", "posts")):
            if theirs[key]["rps"]:
                print(f"{label}: {ours[key]['rps'] / theirs[key]['rps']:.1f}x Isso")
        if theirs["get"]["pss_mb"]:
            print(f"memory: {ours['get']['pss_mb'] / theirs['get']['pss_mb']:.2f}x Isso")


if __name__ == "__main__":
    main()
