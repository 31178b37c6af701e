"""The `blogparade webmention discover|send` contract, run as the real console script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

BIN = Path(sys.executable).with_name("blogparade")


@pytest.fixture
def run(tmp_path, httpserver):
    def run(*args: str, allow: str = "127.0.0.1") -> subprocess.CompletedProcess:
        env = dict(os.environ)
        env.update(
            BLOGPARADE_DATA_DIR=str(tmp_path),
            BLOGPARADE_FETCH_ALLOW_HOSTS=allow,
            BLOGPARADE_LOG_LEVEL="WARNING",
        )
        env.pop("PYTEST_CURRENT_TEST", None)
        return subprocess.run(
            [str(BIN), *args], capture_output=True, text=True, env=env, timeout=60
        )

    return run


@pytest.fixture
def base(httpserver):
    return f"http://127.0.0.1:{httpserver.port}"


def page(httpserver, path, head="", headers=None):
    httpserver.expect_request(path, method="GET").respond_with_data(
        f"<html><head>{head}</head><body><p>post</p></body></html>",
        content_type="text/html",
        headers=headers or {},
    )


def test_discover_prints_exactly_the_endpoint(run, base, httpserver):
    page(httpserver, "/post", head='<link rel="webmention" href="/endpoint?a=1">')
    result = run("webmention", "discover", f"{base}/post")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{base}/endpoint?a=1\n"
    assert all(req.method == "GET" for req, _ in httpserver.log)  # sends nothing


def test_discover_exits_1_when_there_is_none(run, base, httpserver):
    page(httpserver, "/post")
    result = run("webmention", "discover", f"{base}/post")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "no Webmention endpoint" in result.stderr


def test_discover_error_is_one_line_and_exit_2(run, base, httpserver):
    result = run("webmention", "discover", f"{base}/post", allow="")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_discover_unreachable_host_exit_2(run):
    result = run("webmention", "discover", "http://no-such-host.invalid/")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_send_posts_once_form_encoded_and_prints_status(run, base, httpserver):
    target = f"{base}/post?id=7#comments"
    source = "https://blog.example/my-answer?utm_source=x"
    page(httpserver, "/post", headers={"Link": '</wm>; rel="webmention"'})
    httpserver.expect_request("/wm", method="POST").respond_with_data(
        "", status=201, headers={"Location": f"{base}/status/1"}
    )
    result = run("webmention", "send", source, target)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "201\n"
    posts = [req for req, _ in httpserver.log if req.method == "POST"]
    assert len(posts) == 1
    assert posts[0].headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert dict(parse_qsl(posts[0].get_data(as_text=True))) == {"source": source, "target": target}


def test_send_non_2xx_exits_non_zero_after_one_post(run, base, httpserver):
    page(httpserver, "/post", head='<link rel="webmention" href="/wm">')
    httpserver.expect_request("/wm", method="POST").respond_with_data("bad", status=500)
    result = run("webmention", "send", "https://blog.example/a", f"{base}/post")
    assert result.returncode != 0
    assert result.stdout == "500\n"
    assert sum(req.method == "POST" for req, _ in httpserver.log) == 1


def test_send_400_exits_non_zero(run, base, httpserver):
    page(httpserver, "/post", head='<link rel="webmention" href="/wm">')
    httpserver.expect_request("/wm", method="POST").respond_with_data("no", status=400)
    result = run("webmention", "send", "https://blog.example/a", f"{base}/post")
    assert (result.returncode, result.stdout) == (1, "400\n")


def test_send_without_endpoint_exits_non_zero(run, base, httpserver):
    page(httpserver, "/post")
    result = run("webmention", "send", "https://blog.example/a", f"{base}/post")
    assert result.returncode != 0
    assert result.stdout == ""


def test_send_to_a_refused_endpoint_exits_non_zero(run, base, httpserver):
    page(httpserver, "/post", head='<link rel="webmention" href="http://10.0.0.1/wm">')
    result = run("webmention", "send", "https://blog.example/a", f"{base}/post")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_send_to_a_refused_target_exits_non_zero(run):
    result = run(
        "webmention", "send", "https://blog.example/a", "http://192.168.1.1/post", allow=""
    )
    assert result.returncode == 2
