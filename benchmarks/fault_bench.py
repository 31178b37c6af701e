"""A worker killed with `kill -9` in the middle of verifying: is anything lost or doubled, and
how long until the work runs again?

The scenario: 300 Webmentions are received (the real receiver, database task queue, SQLite),
their sources answer slowly (2 s, so many are claimed at any moment), a real `blogparade worker`
starts verifying them, and once a third are verified it is killed with SIGKILL — no chance to
clean up. A second worker is started at once, as systemd would. The script prints, beside the
figures of the earlier report (claims back after about 45 minutes; orphan processes):

* accepted, verified in the end, still stuck, lost (neither verified nor waiting), duplicated
  contributions;
* how many mentions the killed worker held, and the time from the kill until the last of them
  was verified (the recovery job frees claims of a process silent for 60 s; it runs every 30 s);
* processes of the killed worker still alive afterwards.

Run: `.venv/bin/python benchmarks/fault_bench.py` (about two minutes; BENCH_MENTIONS=N).
"""

from __future__ import annotations

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

import verify_bench  # noqa: E402 - the fake web and its pages

N = int(os.environ.get("BENCH_MENTIONS", "300"))
SLOW = 2.0  # seconds each source takes to answer
verify_bench.LATENCY = SLOW  # the fake web is forked with it


def descendants(root: int) -> list[int]:
    return [p for p in verify_bench._tree_pids(root) if p != root]


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def main() -> None:
    data_dir = tempfile.mkdtemp(prefix="fault-bench-")
    env = {
        "DJANGO_SETTINGS_MODULE": "blogparade.settings",
        "BLOGPARADE_DATA_DIR": data_dir,
        "BLOGPARADE_TASKS": "db",
        "BLOGPARADE_RATE_LIMITS": "off",
        "BLOGPARADE_FETCH_ALLOW_HOSTS": "127.0.0.1",
        "BLOGPARADE_BASE_URL": verify_bench.BASE_URL,
        "BLOGPARADE_LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    queue: multiprocessing.Queue = multiprocessing.Queue()
    web = multiprocessing.Process(target=verify_bench.fake_web, args=(queue, N), daemon=True)
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
    user = get_user_model().objects.create_user("f@example.org", "f@example.org", "pw-fault")
    now = timezone.now()
    parade = Parade.objects.create(
        host=user,
        slug="bench",
        title="Bench",
        opens_at=now - timedelta(days=400),
        closes_at=now + timedelta(days=30),
        notify_host=Parade.HostNotice.NONE,
    )
    for i in range(N):
        receive_webmention(f"http://127.0.0.1:{port}/post/{i}", verify_bench.TARGET, "192.0.2.1")
    accepted = Mention.objects.count()
    S = Mention.Status

    def counts() -> dict[str, int]:
        rows = Mention.objects.values_list("status", flat=True)
        return {s: sum(1 for r in rows if r == s) for s in S.values}

    log = Path(data_dir) / "worker.log"
    command = [str(ROOT / ".venv" / "bin" / "blogparade"), "worker"]
    first = subprocess.Popen(command, stdout=log.open("w"), stderr=subprocess.STDOUT)
    while counts()[S.VERIFIED] < N // 3:
        if first.poll() is not None:
            raise SystemExit(f"the worker stopped: {log.read_text()[-2000:]}")
        time.sleep(0.1)
    family = descendants(first.pid)
    held = set(Mention.objects.filter(status=S.VERIFYING).values_list("pk", flat=True))
    os.kill(first.pid, signal.SIGKILL)
    killed_at = time.monotonic()
    first.wait()
    second = subprocess.Popen(command, stdout=log.open("a"), stderr=subprocess.STDOUT)
    try:
        deadline = killed_at + 300
        recovered_at = None
        while time.monotonic() < deadline:
            still = Mention.objects.filter(pk__in=held).exclude(status=S.VERIFIED).count()
            if recovered_at is None and not still:
                recovered_at = time.monotonic()
            if recovered_at and counts()[S.VERIFIED] == accepted:
                break
            time.sleep(0.5)
        final = counts()
        orphans = [p for p in family if alive(p)]
    finally:
        second.send_signal(signal.SIGTERM)
        try:
            second.wait(timeout=60)
        except subprocess.TimeoutExpired:
            second.kill()
    contributions = Contribution.objects.filter(parade=parade).count()
    distinct = Contribution.objects.filter(parade=parade).values("url").distinct().count()
    waiting = final[S.QUEUED] + final[S.VERIFYING] + final[S.UNVERIFIED]
    print(f"mentions accepted: {accepted}; sources answer after {SLOW:.0f} s; database: SQLite")
    print(f"killed with SIGKILL after {N // 3} verified, holding {len(held)} claimed mentions")
    print(
        f"in the end: verified {final[S.VERIFIED]}, still waiting {waiting}, "
        f"lost {accepted - sum(final.values())}, rejected {final[S.REJECTED]}"
    )
    print(
        f"contributions: {contributions} for {distinct} posts (duplicates: {contributions - distinct})"
    )
    if recovered_at is None:
        print("the claimed mentions were NOT all verified within 5 minutes")
    else:
        print(
            f"time from the kill until the last mention it held was verified: "
            f"{recovered_at - killed_at:.0f} s"
        )
    print(f"processes of the killed worker still running: {len(orphans)} of {len(family)}")
    for pid in orphans:
        os.kill(pid, signal.SIGKILL)
    print(f"worker log: {log}")


if __name__ == "__main__":
    main()
