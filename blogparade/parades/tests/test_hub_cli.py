"""`blogparade hub …` run as the real console script: one stdout line on success, one stderr
line and exit status 1 on failure, nothing saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).with_name("blogparade")
CALL = '<html><body><div class="h-event"><h1 class="p-name">Gardens</h1></div></body></html>'


def run(tmp_path, *args):
    # Only this test's settings: an inherited BLOGPARADE_DATABASE_URL (CI's PostgreSQL run)
    # would point the command at a shared, long-lived database.
    env = {k: v for k, v in os.environ.items() if not k.startswith("BLOGPARADE_")}
    env.update(
        BLOGPARADE_DATA_DIR=str(tmp_path),
        BLOGPARADE_FETCH_ALLOW_HOSTS="127.0.0.1",
        BLOGPARADE_LOG_LEVEL="WARNING",
    )
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, env=env, timeout=120)


def test_hub_console_script(tmp_path, httpserver):
    assert run(tmp_path, "migrate", "-v", "0").returncode == 0
    base = f"http://127.0.0.1:{httpserver.port}"
    httpserver.expect_request("/call").respond_with_data(CALL, content_type="text/html")
    httpserver.expect_request("/plain").respond_with_data("<p>hi</p>", content_type="text/html")

    ok = run(tmp_path, "hub", "add-call", f"{base}/call")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == f"added {base}/call: 1 parade(s)"

    bad = run(tmp_path, "hub", "add-call", f"{base}/plain")
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        f"blogparade: No h-entry or h-event on {base}/plain."
    ]

    refused = run(tmp_path, "hub", "add-feed", "http://192.168.0.1/feeds/parades.atom")
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "Refused address" in refused.stderr

    again = run(tmp_path, "hub", "refresh")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"{base}/call: 1 parade(s)"
