"""1,000 queued Webmentions verified against a local fake web of 1,000 pages.

Each fake page is a realistic blog post of 50-150 KB (navigation, sidebar, comments, a link to
the call in the article), answering after 50 ms, served by a separate asyncio process on
127.0.0.1 (opened to the safe client with BLOGPARADE_FETCH_ALLOW_HOSTS, as tests and
benchmarks do). The mentions are received through the real receiver (one task each, database
task backend), then a real `blogparade worker` — the default deployment's task worker, with
default settings: one process per CPU core (itself and the copies it starts), 16 task threads
each, every mention an ordinary task — verifies them. Prints mentions verified per second (from the first
verification to the last, and with the worker's start-up included), the CPU time of the
worker, the fake web and this script in that window (they share the cores), a CPU-speed
calibration (this machine's speed varies between runs), the peak memory of the worker and its
children (PSS and RSS summed over all of them, sampled every 0.2 s), and describe()'s field
accuracy over tests/corpus. BENCH_MENTIONS=3000 shows the steady state better.

It runs three times: with default settings (one process per core), with one process and with
two (BENCH_PROCESSES=N runs only N), and prints the rates side by side.

Run: `.venv/bin/python benchmarks/verify_bench.py` (BENCH_MENTIONS=N for another count;
BENCH_TIMELINE=1 also prints how many were claimed and verified every quarter second;
BENCH_PAGES=h-entry serves microformats2 posts only; BENCH_POSTGRES=postgres://host:port runs it
on PostgreSQL).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
N = int(os.environ.get("BENCH_MENTIONS", "1000"))
TIMELINE = bool(os.environ.get("BENCH_TIMELINE"))
# "mixed": every other page is a classic WordPress post (hentry, comments inside the post);
# "h-entry": all pages are microformats2 posts.
PAGES = os.environ.get("BENCH_PAGES", "mixed")
# A PostgreSQL server (e.g. postgres://postgres@127.0.0.1:5432) to run on instead of SQLite: the
# database blogparade_verify_bench is dropped and created anew there.
POSTGRES = os.environ.get("BENCH_POSTGRES", "").rstrip("/")
PG_DATABASE = "blogparade_verify_bench"
LATENCY = 0.05
LOAD_BEFORE = " ".join(f"{x:.1f}" for x in os.getloadavg())
BASE_URL = "http://blogparade.bench"
TARGET = BASE_URL + "/p/bench/"

WORDS = [
    "blog",
    "write",
    "morning",
    "coffee",
    "garden",
    "reader",
    "answer",
    "question",
    "parade",
    "community",
    "open",
    "web",
    "feed",
    "link",
    "post",
    "comment",
    "friend",
    "slow",
    "notebook",
    "season",
    "walk",
    "city",
    "river",
    "light",
    "paper",
    "story",
    "habit",
]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
    return " ".join(words).capitalize() + "."


def filled(head: str, tail: str, size: int, rng: random.Random) -> bytes:
    """``head`` and ``tail`` with paragraphs of prose between them, about ``size`` bytes."""
    body = []
    length = len(head) + len(tail)
    while length < size:
        paragraph = "<p>" + " ".join(sentence(rng) for _ in range(6)) + "</p>"
        body.append(paragraph)
        length += len(paragraph)
    return (head + "".join(body) + tail).encode()


def make_page(i: int) -> bytes:
    if PAGES == "mixed" and i % 2:
        return make_wordpress_page(i)
    rng = random.Random(i)
    size = rng.randint(50_000, 150_000)
    nav = "".join(f'<li><a href="/category/{w}/">{w}</a></li>' for w in WORDS[:12])
    sidebar = "".join(
        f'<li><a href="https://friend{k}.example/">Friend {k}</a></li>' for k in range(20)
    )
    head = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Post {i} | Blog {i}</title>"
        f"<meta property='og:title' content='Post {i}'><meta name='description' content='{sentence(rng)}'>"
        f"<link rel='canonical' href='http://127.0.0.1/post/{i}'>"
        "<style>body{font-family:serif}.x{color:#333}</style></head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header><main><article class='h-entry'>"
        f"<h1 class='p-name'>Post {i}: {sentence(rng)}</h1>"
        f"<p>By <a class='p-author h-card' href='https://blog{i}.example/'>Author {i}</a>, "
        "<time class='dt-published' datetime='2026-01-02T10:00:00+00:00'>2 January</time></p>"
        f"<div class='e-content'><p>{sentence(rng)} My answer to <a href='{TARGET}'>the blog parade</a>.</p>"
    )
    tail = (
        "</div></article><section id='comments'><h2>Comments</h2>"
        + "".join(f"<div class='comment'><p>{sentence(rng)}</p></div>" for _ in range(15))
        + f"</section></main><aside><ul>{sidebar}</ul></aside><footer><p>© Blog {i}</p></footer>"
        "</body></html>"
    )
    return filled(head, tail, size, rng)


def make_wordpress_page(i: int) -> bytes:
    """A post of a classic WordPress theme: `hentry` markup, a Yoast-style JSON-LD graph, and
    the comment list (each comment with its vcard) inside the post's article element."""
    rng = random.Random(i)
    size = rng.randint(50_000, 150_000)
    nav = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="/category/{w}/">{w}</a></li>'
        for w in WORDS[:12]
    )
    widgets = "".join(
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">Recent {k}</h2>'
        f'<ul><li><a href="/2025/{k:02d}/older-post/">Older post {k}</a></li></ul></section>'
        for k in range(8)
    )
    comments = "".join(
        f'<li id="comment-{k}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">'
        f'<a href="https://reader{k}.example/" class="url" rel="ugc external nofollow">Reader {k}</a>'
        f'</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{k}">'
        f'<time datetime="2026-01-0{k % 9 + 1}T12:00:00+00:00">January {k % 9 + 1}, 2026</time></a>'
        f'</div></footer><div class="comment-content"><p>{sentence(rng)}</p></div></article></li>'
        for k in range(15)
    )
    title = f"Post {i}: {sentence(rng)}"
    head = (
        f"<!doctype html><html lang='en-US'><head><meta charset='UTF-8'><title>{title} &#8211; Blog {i}</title>"
        f"<meta property='og:title' content='{title}'><meta property='og:type' content='article'>"
        f"<link rel='canonical' href='http://127.0.0.1/post/{i}'>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        f'{{"@type":"Article","headline":"{title}","datePublished":"2026-01-02T10:00:00+00:00",'
        f'"author":{{"@id":"https://blog{i}.example/#/person"}}}},'
        f'{{"@type":"Person","@id":"https://blog{i}.example/#/person","name":"Author {i}"}}]}}'
        "</script><style>body{font-family:serif}.x{color:#333}</style></head>"
        f'<body class="post-template-default single single-post postid-{i}"><div id="page" class="site">'
        f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">Blog {i}</a></p>'
        f'<nav class="main-navigation"><ul class="menu">{nav}</ul></nav></header>'
        '<div id="content" class="site-content"><main id="main" class="site-main">'
        f'<article id="post-{i}" class="post-{i} post type-post status-publish format-standard hentry '
        f'category-blogging"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
        '<div class="entry-meta"><span class="posted-on"><a href="#" rel="bookmark">'
        '<time class="entry-date published" datetime="2026-01-02T10:00:00+00:00">January 2, 2026</time>'
        '</a></span><span class="byline"> by <span class="author vcard">'
        f'<a class="url fn n" href="https://blog{i}.example/">Author {i}</a></span></span></div></header>'
        f'<div class="entry-content"><p>{sentence(rng)} My answer to '
        f'<a href="{TARGET}">the blog parade</a>.</p>'
    )
    tail = (
        '</div><footer class="entry-footer"><span class="cat-links">'
        '<a href="/category/blogging/" rel="category tag">Blogging</a></span>'
        '<span class="tags-links"><a href="/tag/parade/" rel="tag">parade</a>'
        '<a href="/tag/writing/" rel="tag">writing</a></span></footer>'
        '<div id="comments" class="comments-area"><h2 class="comments-title">15 thoughts</h2>'
        f'<ol class="comment-list">{comments}</ol></div></article></main>'
        f'<aside id="secondary" class="widget-area">{widgets}</aside></div>'
        f'<footer id="colophon" class="site-footer"><p>© Blog {i}</p></footer></div></body></html>'
    )
    return filled(head, tail, size, rng)


def fake_web(port_out: multiprocessing.Queue, n: int) -> None:
    """The fake web: one asyncio process answering every GET after LATENCY seconds with a
    prepared response (HTTP/1.1, keep-alive allowed). It shares the two cores with the worker,
    so it is kept cheap: no thread per connection, no header parsing beyond the request line."""
    import asyncio

    pages = [make_page(i) for i in range(n)]
    responses = [
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
        for body in pages
    ]
    not_found = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"

    class Page(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport = transport
            self.buffer = b""

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            loop = asyncio.get_running_loop()
            while b"\r\n\r\n" in self.buffer:
                head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
                path = head.split(b"\r\n", 1)[0].split(b" ")[1]
                try:
                    response = responses[int(path.rsplit(b"/", 1)[1])]
                except (ValueError, IndexError):
                    response = not_found
                loop.call_later(LATENCY, self.answer, response)

        def answer(self, response: bytes) -> None:
            if not self.transport.is_closing():
                self.transport.write(response)

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Page, "127.0.0.1", 0, backlog=1024)
        port_out.put(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(serve())


def _tree_pids(root: int) -> list[int]:
    """``root`` and all its descendants (from /proc/PID/task/TID/children: cheaper than
    scanning every process, which would take CPU from the worker on the shared cores)."""
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    todo.extend(int(child) for child in f.read().split())
            except (OSError, ValueError):
                continue
    return pids


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` so far."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _memory_kb(pids: list[int]) -> tuple[int, int]:
    """(PSS, RSS) in KiB summed over ``pids``."""
    pss = rss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except OSError:
            continue
    return pss, rss


class MemorySampler(threading.Thread):
    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.running = True
        self.peak_pss = self.peak_rss = 0
        self.processes = 0
        self.cpu: dict[int, float] = {}

    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())

    def run(self) -> None:
        while self.running:
            pids = _tree_pids(self.root)
            for pid in pids:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_seconds(pid))
            pss, rss = _memory_kb(pids)
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_rss = max(self.peak_rss, rss)
            self.processes = max(self.processes, len(pids))
            time.sleep(0.2)


def calibration() -> float:
    """Seconds for a plain Python loop: compares machines (and moments) between runs."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - started


def corpus_accuracy() -> str:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_corpus_accuracy import score

    results, leaks = score()
    parts = [
        f"{field} {sum(ok for _, ok, _ in rows)}/{len(rows)}" for field, rows in results.items()
    ]
    return ", ".join(parts) + f"; leaks {len(leaks)}"


def main() -> None:
    data_dir = tempfile.mkdtemp(prefix="verify-bench-")
    env = {
        "DJANGO_SETTINGS_MODULE": "blogparade.settings",
        "BLOGPARADE_DATA_DIR": data_dir,
        "BLOGPARADE_TASKS": "db",
        "BLOGPARADE_RATE_LIMITS": "off",
        "BLOGPARADE_FETCH_ALLOW_HOSTS": "127.0.0.1",
        "BLOGPARADE_BASE_URL": BASE_URL,
        "BLOGPARADE_LOG_LEVEL": "WARNING",
    }
    if POSTGRES:
        import psycopg

        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE}")
            admin.execute(f"CREATE DATABASE {PG_DATABASE}")
        env["BLOGPARADE_DATABASE_URL"] = f"{POSTGRES}/{PG_DATABASE}"
    os.environ.update(env)
    queue: multiprocessing.Queue = multiprocessing.Queue()
    web = multiprocessing.Process(target=fake_web, args=(queue, N), daemon=True)
    web.start()
    port = queue.get(timeout=120)

    import django

    django.setup()
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from blogparade.contributions.models import Contribution
    from blogparade.linkbacks.models import Mention
    from blogparade.linkbacks.receive import receive_webmention
    from blogparade.parades.models import Parade

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user(
        "bench@example.org", "bench@example.org", "bench-pass"
    )
    now = timezone.now()
    Parade.objects.create(
        host=user,
        slug="bench",
        title="Bench",
        opens_at=now - timedelta(days=400),
        closes_at=now + timedelta(days=30),
    )

    started = time.perf_counter()
    for i in range(N):
        receive_webmention(f"http://127.0.0.1:{port}/post/{i}", TARGET, "192.0.2.1")
    received = time.perf_counter() - started

    waiting = [Mention.Status.QUEUED, Mention.Status.VERIFYING]
    launched = time.perf_counter()
    log_path = Path(data_dir) / "worker.log"
    log = log_path.open("w")
    worker = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "blogparade"), "worker"],
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    sampler = MemorySampler(worker.pid)
    sampler.start()
    first = None
    at_first = (0.0, _cpu_seconds(web.pid), time.process_time())
    # Polled with a plain database connection: the ORM's cost per poll would be CPU taken from
    # the worker on the shared cores.
    from django.db import connection

    if POSTGRES:
        import psycopg

        poll = psycopg.connect(f"{POSTGRES}/{PG_DATABASE}", autocommit=True)
        mark = "%s"
    else:
        import sqlite3

        poll = sqlite3.connect(f"file:{connection.settings_dict['NAME']}?mode=ro", uri=True)
        mark = "?"
    connection.close()
    table = Mention._meta.db_table
    placeholders = ",".join([mark] * len(waiting))

    def count(where: str, values: list[str]) -> int:
        where = where.replace("?", mark)
        return poll.execute(f"SELECT count(*) FROM {table} WHERE {where}", values).fetchone()[0]

    timeline: list[tuple[float, int, int]] = []
    try:
        while True:
            if first is None and count("status != ?", [Mention.Status.QUEUED]):
                first = time.perf_counter()
                at_first = (sampler.cpu_seconds(), _cpu_seconds(web.pid), time.process_time())
            if first is not None and not count(f"status IN ({placeholders})", waiting):
                break
            if TIMELINE and first is not None:
                timeline.append(
                    (
                        time.perf_counter() - first,
                        count("status != ?", [Mention.Status.QUEUED]),
                        count("status = ?", [Mention.Status.VERIFIED]),
                    )
                )
            if worker.poll() is not None:
                raise SystemExit(f"the worker stopped: {log_path.read_text()[-2000:]}")
            time.sleep(0.05)
        done = time.perf_counter()
        at_done = (sampler.cpu_seconds(), _cpu_seconds(web.pid), time.process_time())
    finally:
        sampler.running = False
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
    log.close()
    elapsed = done - (first or launched)

    counts = {s: Mention.objects.filter(status=s).count() for s in Mention.Status.values}
    verified = counts[Mention.Status.VERIFIED]
    approved = Contribution.objects.filter(status=Contribution.Status.APPROVED).count()
    sample = Mention.objects.exclude(status=Mention.Status.VERIFIED).values_list(
        "status_reason", flat=True
    )[:3]
    database = f"PostgreSQL ({PG_DATABASE})" if POSTGRES else "SQLite"
    kinds = (
        "half microformats2 posts, half classic WordPress posts with 15 comments"
        if PAGES == "mixed"
        else "microformats2 posts"
    )
    print(
        f"mentions: {N}; fake pages 50-150 KB answering after {int(LATENCY * 1000)} ms: {kinds} "
        f"(BENCH_PAGES={PAGES}); database: {database}"
    )
    print(f"machine: {os.cpu_count()} CPU cores; load average before: {LOAD_BEFORE}")
    print(f"received (synchronous endpoint work): {N / received:.0f}/s")
    print(
        f"verified: {verified} in {elapsed:.2f} s = {verified / elapsed:.0f} mentions/s "
        f"(first verification to last; {verified / (done - launched):.0f}/s counting the "
        f"worker's start-up, {done - launched:.2f} s)"
    )
    print(
        f"CPU time of the worker and its copies: {sampler.cpu_seconds():.1f} s "
        f"= {sampler.cpu_seconds() / max(verified, 1) * 1000:.1f} ms per mention (start-up included)"
    )
    window = [b - a for a, b in zip(at_first, at_done, strict=True)]
    print(
        f"CPU time from first verification to last: worker and copies {window[0]:.1f} s "
        f"({window[0] / max(verified, 1) * 1000:.1f} ms per mention), fake web {window[1]:.1f} s, "
        f"this script (polling) {window[2]:.1f} s — all on the same {os.cpu_count()} cores"
    )
    print(f"CPU speed: {calibration():.2f} s for 10 million Python loop steps (lower is faster)")
    print(f"statuses: {counts}; contributions approved: {approved}")
    if sample:
        print(f"sample reasons: {list(sample)}")
    print(
        f"peak memory, worker and its {sampler.processes - 1} copies together: "
        f"PSS {sampler.peak_pss / 1024:.0f} MB, RSS {sampler.peak_rss / 1024:.0f} MB"
    )
    if timeline:
        print("timeline (seconds after the first claim: claimed, verified):")
        shown = -1.0
        for at, claimed, settled in timeline:
            if at - shown >= 0.25:
                print(f"  {at:5.2f} s: {claimed:5d} {settled:5d}")
                shown = at
    print(f"corpus accuracy (tests/corpus): {corpus_accuracy()}")
    print(f"worker log: {log_path} ({log_path.stat().st_size} bytes)")
    web.terminate()


def both() -> None:
    """The default deployment (one process per core), one process and two, one after the
    other in this run, each in a fresh database; a summary line compares them.
    BENCH_PROCESSES=N runs only N processes (BLOGPARADE_WORKER_PROCESSES for the worker)."""
    import re

    only = os.environ.get("BENCH_PROCESSES")
    plans = [only] if only else ["", "1", "2"]
    rates = {}
    for processes in plans:
        label = f"{processes} process(es)" if processes else "default settings"
        print(f"=== {label}", flush=True)
        env = {**os.environ, "BENCH_ONE_RUN": "1", "BLOGPARADE_WORKER_PROCESSES": processes}
        done = subprocess.run(
            [sys.executable, __file__], env=env, capture_output=True, text=True, check=True
        )
        print(done.stdout, end="", flush=True)
        found = re.search(r"= (\d+) mentions/s", done.stdout)
        if found:
            rates[label] = found.group(1)
    if len(rates) > 1:
        print("summary: " + "; ".join(f"{k}: {v} mentions/s" for k, v in rates.items()))


if __name__ == "__main__":
    main() if os.environ.get("BENCH_ONE_RUN") else both()
