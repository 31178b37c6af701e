"""Per-host politeness: 429 + Retry-After, spacing between requests, concurrency, retries."""

from __future__ import annotations

import threading
import time

import pytest
from werkzeug import Response

from blogparade.fetch.client import (
    BlockedAddress,
    ConnectionFailed,
    RateLimited,
    fetch,
    fetch_with_retries,
    reset_politeness,
)


@pytest.fixture
def polite(site, settings):
    settings.FETCH_POLITE_ALLOWED_HOSTS = True
    return site


def test_429_raises_rate_limited_with_retry_after(site, httpserver):
    httpserver.expect_request("/busy").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "120"}
    )
    with pytest.raises(RateLimited) as info:
        fetch(f"{site}/busy")
    assert info.value.retry_after == 120


def test_429_with_http_date_retry_after(site, httpserver):
    httpserver.expect_request("/busy").respond_with_data(
        "", status=429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}
    )
    with pytest.raises(RateLimited) as info:
        fetch(f"{site}/busy")
    assert info.value.retry_after == 0  # a date in the past means "now"


def test_after_429_the_host_is_left_alone_until_retry_after(polite, httpserver):
    httpserver.expect_request("/busy").respond_with_data(
        "", status=429, headers={"Retry-After": "60"}
    )
    with pytest.raises(RateLimited):
        fetch(f"{polite}/busy")
    with pytest.raises(RateLimited) as info:
        fetch(f"{polite}/other")
    assert 0 < info.value.retry_after <= 60
    assert len(httpserver.log) == 1  # the second call never reached the site


def test_requests_to_one_host_are_spaced(polite, httpserver, settings):
    settings.FETCH_HOST_INTERVAL = 0.15
    httpserver.expect_request("/p").respond_with_data("ok")
    started = time.monotonic()
    for _ in range(3):
        fetch(f"{polite}/p")
    assert time.monotonic() - started >= 0.3


def test_a_long_wait_raises_instead_of_blocking(polite, httpserver, settings):
    settings.FETCH_HOST_INTERVAL = 30
    httpserver.expect_request("/p").respond_with_data("ok")
    fetch(f"{polite}/p")
    with pytest.raises(RateLimited) as info:
        fetch(f"{polite}/p")
    assert info.value.retry_after > 20
    assert len(httpserver.log) == 1


@pytest.fixture
def threaded_site(settings):
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    settings.FETCH_POLITE_ALLOWED_HOSTS = True
    reset_politeness()
    yield server
    reset_politeness()
    server.clear()
    server.stop()


@pytest.mark.parametrize("limit", [1, 2])
def test_concurrency_per_host_is_bounded(threaded_site, settings, limit):
    httpserver = threaded_site
    polite = f"http://127.0.0.1:{httpserver.port}"
    settings.FETCH_HOST_INTERVAL = 0
    settings.FETCH_HOST_CONCURRENCY = limit
    active = 0
    peak = 0
    lock = threading.Lock()

    def slow(_request):
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.15)
        with lock:
            active -= 1
        return Response("ok")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    threads = [threading.Thread(target=fetch, args=(f"{polite}/slow",)) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(httpserver.log) == 5
    assert peak == limit


def test_retries_after_5xx_then_succeeds(site, httpserver):
    calls = {"n": 0}

    def flaky(_request):
        calls["n"] += 1
        return Response("oops", status=503) if calls["n"] < 3 else Response("ok")

    httpserver.expect_request("/flaky").respond_with_handler(flaky)
    result = fetch_with_retries(f"{site}/flaky", attempts=3, backoff=0.01)
    assert result.status == 200
    assert calls["n"] == 3


def test_no_retry_after_404(site, httpserver):
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    assert fetch_with_retries(f"{site}/missing", attempts=3, backoff=0.01).status == 404
    assert len(httpserver.log) == 1


def test_retry_after_408_and_429(site, httpserver):
    statuses = iter([408, 429, 200])

    def handler(_request):
        status = next(statuses)
        return Response("", status=status, headers={"Retry-After": "0"} if status == 429 else {})

    httpserver.expect_request("/r").respond_with_handler(handler)
    assert fetch_with_retries(f"{site}/r", attempts=3, backoff=0.01).status == 200


def test_long_retry_after_is_not_waited_for(site, httpserver):
    httpserver.expect_request("/r").respond_with_data(
        "", status=429, headers={"Retry-After": "3600"}
    )
    with pytest.raises(RateLimited):
        fetch_with_retries(f"{site}/r", attempts=3, backoff=0.01, max_wait=5)
    assert len(httpserver.log) == 1


def test_gives_up_after_the_last_5xx(site, httpserver):
    httpserver.expect_request("/down").respond_with_data("", status=500)
    assert fetch_with_retries(f"{site}/down", attempts=2, backoff=0.01).status == 500
    assert len(httpserver.log) == 2


def test_network_errors_are_retried_refusals_are_not(settings):
    import socket

    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    started = time.monotonic()
    with pytest.raises(ConnectionFailed):
        fetch_with_retries(f"http://127.0.0.1:{port}/", attempts=2, backoff=0.05)
    assert time.monotonic() - started >= 0.025
    settings.FETCH_ALLOW_HOSTS = []
    started = time.monotonic()
    with pytest.raises(BlockedAddress):
        fetch_with_retries("http://127.0.0.1/", attempts=3, backoff=1)
    assert time.monotonic() - started < 0.5
