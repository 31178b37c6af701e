"""Delivering one call to 1,000 followers on 100 servers: how long, and how much memory?

The scenario: a parade has 1,000 followers spread over 100 servers (10 each; each server has a
shared inbox, as Mastodon has). The call is delivered to them as the periodic job does when
the parade opens. A real `blogparade worker` (database task queue, SQLite) sends the
deliveries, signed with the parade's key, through the SSRF-safe client, to 100 small HTTP
servers on loopback (each on an address of its own, 127.0.0.2 …) that answer 202 after ``BENCH_LATENCY`` seconds (default 0.05).

It prints: deliveries made (one per shared inbox: 100, not 1,000), the time from queueing to
the last one sent, sends per second, and the worker's peak memory (PSS and RSS, sampled).

Run: `.venv/bin/python benchmarks/fediverse_delivery_bench.py` (BENCH_FOLLOWERS, BENCH_SERVERS).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FOLLOWERS = int(os.environ.get("BENCH_FOLLOWERS", "1000"))
SERVERS = int(os.environ.get("BENCH_SERVERS", "100"))
LATENCY = float(os.environ.get("BENCH_LATENCY", "0.05"))

received = 0
lock = threading.Lock()


class Inbox(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        global received
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        time.sleep(LATENCY)
        with lock:
            received += 1
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def memory(pid: int) -> tuple[int, int]:
    """(PSS, RSS) in kB of a process, 0 when it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    values = {line.split(":")[0]: int(line.split()[1]) for line in text.splitlines()[1:]}
    return values.get("Pss", 0), values.get("Rss", 0)


def main() -> None:
    data_dir = tempfile.mkdtemp(prefix="fedi-bench-")
    env = {
        "DJANGO_SETTINGS_MODULE": "blogparade.settings",
        "BLOGPARADE_DATA_DIR": data_dir,
        "BLOGPARADE_TASKS": "db",
        # each server on an address of its own, as 100 servers would be (the client is polite
        # to each host: one request at a time)
        "BLOGPARADE_FETCH_ALLOW_HOSTS": ",".join(f"127.0.0.{n + 2}" for n in range(SERVERS)),
        "BLOGPARADE_BASE_URL": "http://127.0.0.1:8999",
        "BLOGPARADE_LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    servers = []
    for n in range(SERVERS):
        server = ThreadingHTTPServer((f"127.0.0.{n + 2}", 0), Inbox)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from blogparade.fediverse import actors
    from blogparade.fediverse.delivery import to_followers
    from blogparade.fediverse.models import Delivery, Follower, RemoteActor
    from blogparade.parades.models import Parade

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user("b@example.org", "b@example.org", "pw-bench")
    now = timezone.now()
    parade = Parade.objects.create(
        host=user, slug="bench", title="Bench", opens_at=now, closes_at=now + timedelta(days=9)
    )
    actor = actors.local_actor(parade)
    remotes = []
    for n in range(FOLLOWERS):
        address, port = servers[n % SERVERS].server_address[:2]
        base = f"http://{address}:{port}"
        remotes.append(
            RemoteActor(
                uri=f"{base}/users/u{n}",
                inbox=f"{base}/users/u{n}/inbox",
                shared_inbox=f"{base}/inbox",
                key_id=f"{base}/users/u{n}#main-key",
                public_key_pem="-",
                username=f"u{n}",
            )
        )
    RemoteActor.objects.bulk_create(remotes)
    Follower.objects.bulk_create(Follower(actor=actor, remote=r) for r in RemoteActor.objects.all())

    worker = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "blogparade"), "worker", "--no-periodic"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(4)  # the worker is up and idle
    peak = (0, 0)
    started = time.monotonic()
    from django.db import transaction

    with transaction.atomic():
        made = len(to_followers(actor, actors.create_of(actors.call_note(parade))))
    queued = time.monotonic() - started
    while Delivery.objects.filter(status=Delivery.Status.WAITING).exists():
        peak = max(peak, memory(worker.pid))
        if time.monotonic() - started > 600:
            break
        time.sleep(0.05)
    took = time.monotonic() - started
    worker.terminate()
    worker.wait()
    sent = Delivery.objects.filter(status=Delivery.Status.SENT).count()
    print(f"followers {FOLLOWERS} on {SERVERS} servers; inbox latency {LATENCY * 1000:.0f} ms")
    print(f"deliveries made: {made} (one per shared inbox); queued in {queued * 1000:.0f} ms")
    print(f"sent: {sent}, received by the servers: {received}")
    print(f"time from queueing to the last sent: {took:.2f} s ({sent / took:.1f} deliveries/s)")
    print(f"worker peak memory: PSS {peak[0] / 1024:.0f} MB, RSS {peak[1] / 1024:.0f} MB")


if __name__ == "__main__":
    main()
