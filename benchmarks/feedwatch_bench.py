"""Feed watch over 1,000 feeds on a local fake server that answers 304 for most of them.

Prints feeds polled per minute for the periodic job as it runs in production with
BLOGPARADE_TASKS=immediate (one thread, ``poll_due_feeds``) and with a pool of worker
threads (``--workers``, like several task workers), plus per-poll latency and outcomes.

    .venv/bin/python benchmarks/feedwatch_bench.py [--feeds 1000] [--changed 0.05] [--workers 8]

Runs against a throw-away SQLite database in a temporary data dir. The fake server is on
127.0.0.1 (allow-listed for the safe client); the client's per-host politeness does not apply
to allow-listed hosts, so the figure measures blogparade, not the spacing of requests that
1,000 feeds on one host would get in real life.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class FakeFeeds:
    """Every feed has a version; a request whose If-None-Match names it gets 304."""

    def __init__(self, count: int, items: int) -> None:
        self.version = [1] * count
        self.items = items
        self.requests = 0
        self.not_modified = 0
        self.lock = threading.Lock()

    def body(self, n: int) -> bytes:
        v = self.version[n]
        entries = "".join(
            f"<item><title>Post {n}-{v}-{i}</title><link>https://blog{n}.example/{v}/{i}/</link>"
            f"<guid>{n}-{v}-{i}</guid><pubDate>{formatdate(usegmt=True)}</pubDate>"
            "<description><![CDATA[<p>Thoughts on "
            + ('<a href="http://127.0.0.1/p/bench/">the parade</a>' if i == 0 else "something else")
            + ".</p>]]></description></item>"
            for i in range(self.items)
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Blog {n}</title>'
            f"<link>https://blog{n}.example/</link>{entries}</channel></rss>"
        ).encode()

    def handler(self):
        feeds = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                try:
                    n = int(self.path.rsplit("/", 1)[-1].split(".")[0])
                except ValueError:
                    self.send_error(404)
                    return
                etag = f'"{n}-{feeds.version[n]}"'
                with feeds.lock:
                    feeds.requests += 1
                if self.headers.get("If-None-Match") == etag:
                    with feeds.lock:
                        feeds.not_modified += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = feeds.body(n)
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--changed", type=float, default=0.05, help="share of feeds with news")
    parser.add_argument("--items", type=int, default=10)
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="bp-feedwatch-")
    os.environ["BLOGPARADE_DATA_DIR"] = tmp
    os.environ["BLOGPARADE_TASKS"] = "immediate"
    os.environ["BLOGPARADE_RATE_LIMITS"] = "off"
    os.environ["BLOGPARADE_FETCH_ALLOW_HOSTS"] = "127.0.0.1"
    os.environ["BLOGPARADE_BASE_URL"] = "http://127.0.0.1"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blogparade.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    import logging

    for name in ("httpx", "django_tasks", "blogparade"):
        logging.getLogger(name).setLevel(logging.WARNING)
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import close_old_connections
    from django.utils import timezone

    from blogparade.contributions.models import Contribution
    from blogparade.parades.models import Parade
    from blogparade.syndication import watch
    from blogparade.syndication.models import WatchedFeed

    call_command("migrate", verbosity=0)
    fake = FakeFeeds(args.feeds, args.items)
    server = ThreadingHTTPServer(("127.0.0.1", 0), fake.handler())
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]

    host = get_user_model().objects.create_user("bench", password="bench-password")
    now = timezone.now()
    parade = Parade.objects.create(
        host=host,
        slug="bench",
        title="Bench",
        opens_at=now - dt.timedelta(days=30),
        closes_at=now + dt.timedelta(days=30),
    )
    WatchedFeed.objects.bulk_create(
        WatchedFeed(parade=parade, url=f"http://127.0.0.1:{port}/feeds/{n}.xml", next_check_at=now)
        for n in range(args.feeds)
    )
    rng = random.Random(7)

    def change_some() -> int:
        picked = rng.sample(range(args.feeds), int(args.feeds * args.changed))
        for n in picked:
            fake.version[n] += 1
        return len(picked)

    def due_now() -> None:
        WatchedFeed.objects.update(next_check_at=timezone.now())

    def serial_round() -> tuple[float, int]:
        due_now()
        started = time.perf_counter()
        queued = watch.poll_due_feeds(limit=args.feeds)
        return time.perf_counter() - started, queued

    latencies: list[float] = []

    def poll_one(pk: int) -> str:
        close_old_connections()
        feed = WatchedFeed.objects.select_related("parade").get(pk=pk)
        started = time.perf_counter()
        outcome = watch.poll_feed(feed)
        latencies.append(time.perf_counter() - started)
        close_old_connections()
        return outcome.status

    def pooled_round() -> tuple[float, dict[str, int]]:
        due_now()
        ids = list(WatchedFeed.objects.values_list("pk", flat=True))
        started = time.perf_counter()
        with ThreadPoolExecutor(args.workers) as pool:
            statuses = list(pool.map(poll_one, ids))
        elapsed = time.perf_counter() - started
        counts: dict[str, int] = {}
        for s in statuses:
            counts[s] = counts.get(s, 0) + 1
        return elapsed, counts

    print(
        f"feed watch: {args.feeds} feeds x {args.items} items, {args.changed:.0%} change per round"
    )
    elapsed, queued = serial_round()
    print(
        f"  first round (all 200, parse all):     {elapsed:6.2f} s  "
        f"{queued / elapsed * 60:8.0f} feeds/min  proposals: {Contribution.objects.count()}"
    )
    for label in ("steady round, 1 thread (periodic job)",):
        changed = change_some()
        before = fake.not_modified
        requests_before = fake.requests
        elapsed, queued = serial_round()
        answered = fake.requests - requests_before
        print(
            f"  {label}: {elapsed:6.2f} s  {queued / elapsed * 60:8.0f} feeds/min  "
            f"304: {fake.not_modified - before}/{answered}  changed: {changed}"
        )
    changed = change_some()
    before = fake.not_modified
    requests_before = fake.requests
    elapsed, counts = pooled_round()
    answered = fake.requests - requests_before
    lat = sorted(latencies)
    print(
        f"  steady round, {args.workers} threads:               {elapsed:6.2f} s  "
        f"{args.feeds / elapsed * 60:8.0f} feeds/min  304: {fake.not_modified - before}/{answered}  "
        f"changed: {changed}  outcomes: { {str(k): v for k, v in counts.items()} }"
    )
    print(
        f"  per poll: p50 {statistics.median(lat) * 1000:.1f} ms, "
        f"p99 {lat[int(len(lat) * 0.99) - 1] * 1000:.1f} ms; proposals total: "
        f"{Contribution.objects.filter(channel='feed').count()} (all pending: "
        f"{not Contribution.objects.exclude(status='pending').exists()})"
    )
    server.shutdown()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
