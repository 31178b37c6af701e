"""`blogparade serve` and `blogparade demo` as a newcomer runs them: a real process, real HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 60) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the server exited with {proc.returncode}:\n{proc.stdout.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"{url} did not answer within {seconds} s")


@pytest.fixture
def server_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("BLOGPARADE_")}
    env["BLOGPARADE_DATA_DIR"] = str(tmp_path / "data")
    return env


def start(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "blogparade.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stop(proc: subprocess.Popen) -> str:
    proc.terminate()
    try:
        out, _ = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out


def test_demo_serves_directory_parade_and_prints_url_and_login(server_env):
    port = free_port()
    proc = start(["demo", "--port", str(port)], server_env)
    try:
        base = f"http://127.0.0.1:{port}"
        assert wait_for(base + "/healthz", proc) == 200
        with urllib.request.urlopen(base + "/", timeout=5) as response:
            assert "Tools that stay" in response.read().decode()
        with urllib.request.urlopen(base + "/p/tools-that-stay/", timeout=5) as response:
            assert response.headers["Link"] == f'<{base}/webmention>; rel="webmention"'
            assert response.headers["X-Pingback"] == f"{base}/xmlrpc"
        with urllib.request.urlopen(
            base + "/static/blogparade/countdown.js", timeout=5
        ) as response:
            assert response.status == 200  # static files are served
    finally:
        out = stop(proc)
    assert f"blogparade is serving at http://127.0.0.1:{port}/" in out
    assert "Log in at" in out and "with the password" in out


def test_serve_with_worker_applies_migrations(server_env):
    port = free_port()
    proc = start(["serve", "--port", str(port)], server_env)
    try:
        assert wait_for(f"http://127.0.0.1:{port}/healthz", proc) == 200
        assert wait_for(f"http://127.0.0.1:{port}/p/nope/", proc) == 404
    finally:
        out = stop(proc)
    assert "database migration" in out


def test_serve_rejects_a_taken_port_in_one_line(server_env):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, "-m", "blogparade.cli", "serve", "--port", str(port), "--no-worker"],
            env=server_env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode != 0
    assert f"cannot listen on 127.0.0.1:{port}" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_printed_address_answers_when_it_is_printed(server_env):
    """The request processes start after the socket is bound: "serving at" waits for them,
    so a reader who clicks the address at once gets the page."""
    port = free_port()
    proc = start(["serve", "--port", str(port), "--processes", "2"], server_env)
    try:
        deadline = time.monotonic() + 60
        line = ""
        while "serving at" not in line and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                pytest.fail("the server exited before it said where it serves")
        assert f"http://127.0.0.1:{port}/" in line
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            assert response.status == 200  # no retry: it answers as soon as it is announced
    finally:
        stop(proc)
