"""The directory with 10,000 parades under `blogparade serve --no-worker`.

Prints, for the listing (first page, a deep page, filters) and for full-text search (a
common word, a rare one, a prefix, a search with filters): requests/s, p50 and p99 at 16
concurrent keep-alive connections, and the SQL queries per page. SQLite (FTS5) by default;
with BLOGPARADE_DATABASE_URL set, that database (PostgreSQL full text) — it is flushed first.
Run: `.venv/bin/python benchmarks/directory_bench.py` (BENCH_SECONDS=N per URL, default 8).
"""

from __future__ import annotations

import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import page_bench
from page_bench import CONNECTIONS, free_port, load

ROOT = Path(__file__).resolve().parent.parent
PARADES = 10_000
DURATION = float(os.environ.get("BENCH_SECONDS", "8"))
page_bench.DURATION = DURATION

URLS = [
    ("listing, page 1", "/"),
    ("listing, page 200", "/?page=200"),
    ("listing, open + German + tag", "/?state=open&language=de&tag=kaffee"),
    ("search, common word", "/?q=morning"),
    ("search, rare word", "/?q=lighthouse"),
    ("search, prefix of 3 letters", "/?q=gar"),
    ("search + filters, page 2", "/?q=writing&state=closed&language=en&page=2"),
]


def setup_data(env: dict[str, str]) -> None:
    script = f"""
import django, datetime, random
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
if {bool(os.environ.get("BLOGPARADE_DATABASE_URL"))}:
    call_command("flush", interactive=False, verbosity=0)
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.test import Client
from django.utils import timezone
from django.contrib.auth import get_user_model
from blogparade.parades.models import Parade, Contribution, HostProfile
rng = random.Random(5)
User = get_user_model()
users = User.objects.bulk_create([User(username=f"host{{i}}", email=f"host{{i}}@example.org",
    first_name=f"First{{i}}") for i in range(200)])
HostProfile.objects.bulk_create([HostProfile(user=u, name=f"Host {{rng.choice(['Anna', 'Ben', 'Carla', 'Dirk'])}} {{i}}")
    for i, u in enumerate(users) if i % 4])
words = ("morning coffee garden writing reading music travel city river light winter summer "
    "family work craft bread tea rain forest sea book film photo walk ritual habit").split()
tags = ["kaffee", "slow living", "writing", "indieweb", "photography", "food", "travel", "books"]
now = timezone.now()
parades = []
for i in range({PARADES}):
    opens = now + datetime.timedelta(days=rng.randint(-400, 30))
    text = " ".join(rng.choice(words) for _ in range(80))
    parades.append(Parade(host=users[i % len(users)], slug=f"parade-{{i}}",
        title=f"{{rng.choice(words).title()}} {{rng.choice(words)}} parade {{i}}",
        question=f"What does {{rng.choice(words)}} mean to you?",
        call_text=text + (" lighthouse" if i % 500 == 0 else ""),
        language="de" if i % 3 == 0 else "en", opens_at=opens,
        closes_at=opens + datetime.timedelta(days=rng.randint(5, 60)),
        tags=",".join(rng.sample(tags, 2)),
        rounded_up_at=now if i % 7 == 0 and opens < now - datetime.timedelta(days=70) else None))
parades = Parade.objects.bulk_create(parades, batch_size=1000)
Contribution.objects.bulk_create([Contribution(parade=p, url=f"https://b{{j}}.example.org/{{p.pk}}",
    canonical_url=f"https://b{{j}}.example.org/{{p.pk}}", title="A post", channel="webmention",
    status="approved") for p in parades[::2] for j in range(4)], batch_size=2000)
if connection.vendor == "postgresql":
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # what autovacuum does soon after a bulk load
client = Client(HTTP_HOST="127.0.0.1")
for label, url in {URLS!r}:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        assert response.status_code == 200, url
    found = response.content.decode().split('role="status">')[-1].split("<")[0] if "role=" in response.content.decode() else ""
    print(f"{{label:32}} {{len(ctx.captured_queries)}} SQL queries  {{found}}")
print(f"{{Parade.objects.count()}} parades, {{Contribution.objects.count()}} contributions, database: {{connection.vendor}}")
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if proc.returncode:
        raise SystemExit("setting up the benchmark data failed:\n" + proc.stderr[-3000:])
    print(proc.stdout, end="")


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
        started = time.perf_counter()
        setup_data(env)
        print(f"setup: {time.perf_counter() - started:.1f} s")
        server = subprocess.Popen(
            [sys.executable, "-m", "blogparade.cli", "serve", "--port", str(port), "--no-worker"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            started = time.perf_counter()
            while True:
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                    conn.request("GET", "/")
                    if conn.getresponse().status == 200:
                        break
                except OSError:
                    pass
                if time.perf_counter() - started > 60:
                    raise SystemExit("server did not answer within 60 s")
                time.sleep(0.05)
            print(f"{CONNECTIONS} connections, {DURATION:.0f} s per URL:")
            for label, url in URLS:
                count, latencies, errors = load(port, url)
                latencies.sort()
                p99 = latencies[int(len(latencies) * 0.99) - 1] if latencies else float("nan")
                p50 = statistics.median(latencies) if latencies else float("nan")
                print(
                    f"{label:32} {count / DURATION:7.1f} req/s  p50 {p50 * 1000:7.1f} ms  "
                    f"p99 {p99 * 1000:7.1f} ms  errors {errors}"
                )
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
