"""blogparade's ``/isso/`` API side by side with Isso 0.14 from PyPI, each run as its users run
it: ``blogparade serve`` as the README says, Isso under gunicorn with 2 workers as its docs
suggest. Rate limits off on both sides (one load generator posts everything), Isso's
moderation off and blogparade's spam checks on (blocklists, duplicates, link limit);
writes carry a browser's ``Origin``.

Load comes from ``wrk -t2 -c16`` (Debian's ``wrk``), every post a different comment (a Lua
script), the two servers alternating A B B A for each figure:
* GET of a 200-comment thread as Isso's client asks for it (``?uri=/bench/``): requests/s,
  p50, p99;
* ``POST /count`` for 10 pages: requests/s;
* comments posted per second;
* and the ratio blogparade / Isso for each.

Isso runs from a separate virtualenv (it pins its own dependencies):

    python3 -m venv /tmp/issovenv && /tmp/issovenv/bin/pip install isso==0.14.0 gunicorn
    .venv/bin/python benchmarks/isso_bench.py [--isso-venv /tmp/issovenv] [--seconds 10]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMENTS = 200


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
from django.contrib.auth import get_user_model
from blogparade.parades.models import Parade
host = get_user_model().objects.create_user("bench@example.org", "bench@example.org", "pw-bench-1")
now = timezone.now()
Parade.objects.create(host=host, slug="bench", title="Bench", opens_at=now - timedelta(days=5),
    closes_at=now + timedelta(days=5))
thread = services.get_or_create_thread("", "/p/bench/", "Bench")
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
    con.execute("INSERT INTO threads (id, uri, title) VALUES (1, '/p/bench/', 'Bench')")
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


POST_SCRIPT = r"""
-- every wrk thread has its own Lua state: a thread number keeps their posts apart
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
local origin = os.getenv("BENCH_ORIGIN")
local run = os.getenv("BENCH_RUN")  -- and a run number keeps one run's posts from the next's
request = function()
  n = n + 1
  local body = string.format('{"text": "Post %s-%d-%d from the benchmark, with *some* Markdown.", '
    .. '"author": "Writer %d", "email": "w%s-%d-%d@example.net", "website": "https://example.org/", '
    .. '"title": "Bench"}', run, tid, n, n % 50, run, tid, n)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Origin"] = origin}, body)
end
"""

COUNT_SCRIPT = r"""
local origin = os.getenv("BENCH_ORIGIN")
wrk.method = "POST"
wrk.body = '["/p/bench/", "/other/0/", "/other/1/", "/other/2/", "/other/3/", "/other/4/", '
  .. '"/other/5/", "/other/6/", "/other/7/", "/other/8/"]'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Origin"] = origin
"""


_RUNS = itertools.count(1)


def wrk(url: str, seconds: float, script: str | None, origin: str, tmp: Path) -> dict:
    import re

    args = ["wrk", "-t2", "-c16", f"-d{seconds:.0f}s", "--latency", "--timeout", "30s"]
    if script:
        path = tmp / f"script-{abs(hash(script))}.lua"
        path.write_text(script)
        args += ["-s", str(path)]
    out = subprocess.run(
        [*args, url],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "BENCH_ORIGIN": origin, "BENCH_RUN": str(next(_RUNS))},
    ).stdout

    def ms(p: str) -> float:
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not m:
            return float("nan")
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": ms("50"),
        "p99": ms("99"),
        "errors": int(bad.group(1)) if bad else 0,
    }


FIGURES = {
    "get": ("GET thread", "?uri=%2Fp%2Fbench%2F", None),
    "count": ("POST /count", "count", COUNT_SCRIPT),
    "posts": ("posting", "new?uri=%2Fp%2Fbench%2F", POST_SCRIPT),
}


class Side:
    def __init__(self, name: str, port: int, prefix: str, proc: subprocess.Popen) -> None:
        self.name, self.port, self.prefix, self.proc = name, port, prefix, proc
        self.origin = f"http://127.0.0.1:{port}"

    def url(self, tail: str) -> str:
        return f"http://127.0.0.1:{self.port}{self.prefix}{tail}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)


def start_blogparade(tmp: Path) -> Side:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "blogparade.settings",
        "BLOGPARADE_DATA_DIR": str(tmp / "bp"),
        "BLOGPARADE_RATE_LIMITS": "off",
        "BLOGPARADE_BASE_URL": base,
        "BLOGPARADE_EMAIL_URL": f"file://{tmp / 'mail'}",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("BLOGPARADE_DATABASE_URL", None)
    env.pop("BLOGPARADE_TASKS", None)
    setup_blogparade(env)
    blogparade = Path(sys.executable).parent / "blogparade"
    proc = subprocess.Popen(
        [str(blogparade), "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for(port, "/healthz")
    return Side("blogparade", port, "/isso/", proc)


def start_isso(tmp: Path, venv: Path) -> Side:
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
    cmd = [str(venv / "bin" / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}"]
    cmd += ["isso.run:application"]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    wait_for(port, "/?uri=%2Fnothing%2F")
    fill_isso(db)
    return Side("Isso", port, "/", proc)


def main() -> None:
    import shutil

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--isso-venv", default=os.environ.get("ISSO_VENV", "/tmp/issovenv"))
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("BENCH_SECONDS", 10)))
    parser.add_argument(
        "--only", choices=sorted(FIGURES), action="append", help="measure only these figures"
    )
    args = parser.parse_args()
    figures = {k: v for k, v in FIGURES.items() if not args.only or k in args.only}
    venv = Path(args.isso_venv)
    if not shutil.which("wrk") or not (venv / "bin" / "gunicorn").exists():
        # make bench runs every script: say what is missing and let the others run
        print(f"skipped: needs wrk (apt-get install wrk) and Isso in {venv} (see the docstring)")
        return
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sides = [start_blogparade(tmp), start_isso(tmp, venv)]
        try:
            results: dict[str, dict[str, list[dict]]] = {s.name: {} for s in sides}
            for key, (label, tail, script) in figures.items():
                for side in sides:  # warm-up
                    wrk(side.url(tail), 2, script, side.origin, tmp)
                for side in [*sides, *reversed(sides)]:
                    r = wrk(side.url(tail), args.seconds, script, side.origin, tmp)
                    results[side.name].setdefault(key, []).append(r)
                    print(
                        f"  {label:<12} {side.name:<11} {r['rps']:9.1f}/s  p50 {r['p50']:7.1f} ms"
                        f"  p99 {r['p99']:7.1f} ms  non-2xx {r['errors']}"
                    )
        finally:
            for side in sides:
                side.stop()
    print(
        f"\n{COMMENTS}-comment thread, wrk -t2 -c16, {args.seconds:.0f} s per run, A B B A; "
        "blogparade serve (granian) against Isso 0.14 (gunicorn, 2 workers)"
    )
    print(f"{'':14}{'blogparade /s':>20}{'Isso /s':>20}{'ratio':>8}")
    for key, (label, _tail, _script) in figures.items():
        ours = [r["rps"] for r in results["blogparade"][key]]
        theirs = [r["rps"] for r in results["Isso"][key]]
        ratio = statistics.median(ours) / max(statistics.median(theirs), 1e-9)
        print(
            f"{label:<14}{min(ours):>9.1f}–{max(ours):<10.1f}{min(theirs):>9.1f}–{max(theirs):<10.1f}"
            f"{ratio:>6.2f}×"
        )


if __name__ == "__main__":
    main()
