"""1,000 queued Webmentions verified against a local fake web of 1,000 pages.

Each fake page is a realistic blog post of 50-150 KB (navigation, sidebar, comments, a link to
the call in the article), answering after 50 ms, served by a separate process on 127.0.0.1
(opened to the safe client with BLOGPARADE_FETCH_ALLOW_HOSTS, as tests and benchmarks do).
The mentions are received through the real receiver (one task each, database task backend),
then the real django-tasks-db worker runs them with the default settings. Prints mentions
verified per second and the verifying process's peak memory.

Run: `.venv/bin/python benchmarks/verify_bench.py` (BENCH_MENTIONS=N for another count).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import resource
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
N = int(os.environ.get("BENCH_MENTIONS", "1000"))
LATENCY = 0.05
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


def make_page(i: int) -> bytes:
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
    body = []
    length = len(head) + len(tail)
    while length < size:
        paragraph = "<p>" + " ".join(sentence(rng) for _ in range(6)) + "</p>"
        body.append(paragraph)
        length += len(paragraph)
    return (head + "".join(body) + tail).encode()


def fake_web(port_out: multiprocessing.Queue, n: int) -> None:
    pages = [make_page(i) for i in range(n)]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            time.sleep(LATENCY)
            try:
                body = pages[int(self.path.rsplit("/", 1)[1])]
            except (ValueError, IndexError):
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.request_queue_size = 256
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_out.put(server.server_address[1])
    server.serve_forever()


def main() -> None:
    data_dir = tempfile.mkdtemp(prefix="verify-bench-")
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "blogparade.settings",
            "BLOGPARADE_DATA_DIR": data_dir,
            "BLOGPARADE_TASKS": "db",
            "BLOGPARADE_RATE_LIMITS": "off",
            "BLOGPARADE_FETCH_ALLOW_HOSTS": "127.0.0.1",
            "BLOGPARADE_BASE_URL": BASE_URL,
            "BLOGPARADE_LOG_LEVEL": "WARNING",
        }
    )
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
    from django_tasks_db.management.commands.db_worker import Worker

    from blogparade.linkbacks.models import Mention
    from blogparade.linkbacks.receive import receive_webmention
    from blogparade.parades.models import Contribution, Parade

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

    worker = Worker(
        queue_names=["*"],
        interval=0.05,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="bench",
        excluded_queue_names=[],
    )
    started = time.perf_counter()
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    while True:
        busy = Mention.objects.filter(
            status__in=[Mention.Status.QUEUED, Mention.Status.VERIFYING]
        ).count()
        if not busy:
            break
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    worker.running = False
    thread.join(timeout=60)

    counts = {s: Mention.objects.filter(status=s).count() for s in Mention.Status.values}
    approved = Contribution.objects.filter(status=Contribution.Status.APPROVED).count()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sample = Mention.objects.exclude(status=Mention.Status.VERIFIED).values_list(
        "status_reason", flat=True
    )[:3]
    print(f"mentions: {N}; fake pages 50-150 KB answering after {int(LATENCY * 1000)} ms")
    print(f"received (synchronous endpoint work): {N / received:.0f}/s")
    print(
        f"verified: {counts[Mention.Status.VERIFIED]} in {elapsed:.2f} s = {counts[Mention.Status.VERIFIED] / elapsed:.0f} mentions/s"
    )
    print(f"statuses: {counts}; contributions approved: {approved}")
    if sample:
        print(f"sample reasons: {list(sample)}")
    print(f"peak memory (verifying process): {peak_mb:.0f} MB")
    web.terminate()


if __name__ == "__main__":
    main()
