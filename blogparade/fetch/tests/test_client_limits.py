"""Size, time, redirect and content-type limits of the safe client, against a local fake site."""

from __future__ import annotations

import gzip
import time

import pytest
from werkzeug import Response

from blogparade.fetch.client import (
    BadContentType,
    FetchTimeout,
    TooLarge,
    TooManyRedirects,
    fetch,
)


def test_plain_get_returns_status_headers_and_body(site, httpserver):
    httpserver.expect_request("/page").respond_with_data(
        "<p>hi</p>", content_type="text/html; charset=utf-8"
    )
    result = fetch(f"{site}/page")
    assert (result.status, result.content, result.truncated) == (200, b"<p>hi</p>", False)
    assert result.content_type == "text/html"
    assert result.url == result.final_url == f"{site}/page"


def test_non_2xx_is_returned_not_raised(site, httpserver):
    httpserver.expect_request("/gone").respond_with_data("gone", status=410)
    assert fetch(f"{site}/gone").status == 410


def test_redirects_are_followed_and_final_url_reported(site, httpserver):
    httpserver.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data(
        "", status=302, headers={"Location": f"{site}/c?x=1"}
    )
    httpserver.expect_request("/c").respond_with_data("end")
    result = fetch(f"{site}/a")
    assert result.final_url == f"{site}/c?x=1"
    assert result.url == f"{site}/a"
    assert result.content == b"end"


def test_redirect_not_followed_when_asked(site, httpserver):
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    result = fetch(f"{site}/a", follow_redirects=False)
    assert result.status == 302
    assert result.headers["location"] == "/b"


def test_redirect_loop_stops(site, httpserver):
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )
    with pytest.raises(TooManyRedirects):
        fetch(f"{site}/loop")
    assert len(httpserver.log) == 6  # the first request and five redirects, no more


def test_five_redirects_are_fine_six_are_not(site, httpserver):
    for i in range(6):
        httpserver.expect_request(f"/r{i}").respond_with_data(
            "", status=307, headers={"Location": f"/r{i + 1}"}
        )
    httpserver.expect_request("/r6").respond_with_data("done")
    assert fetch(f"{site}/r1").content == b"done"
    with pytest.raises(TooManyRedirects):
        fetch(f"{site}/r0")


def test_303_after_post_becomes_get(site, httpserver):
    httpserver.expect_request("/endpoint", method="POST").respond_with_data(
        "", status=303, headers={"Location": "/status"}
    )
    httpserver.expect_request("/status", method="GET").respond_with_data("queued")
    assert fetch(f"{site}/endpoint", method="POST", data={"a": "b"}).content == b"queued"


def test_endless_body_is_cut_at_the_byte_cap(site, httpserver):
    def endless(_request):
        def body():
            while True:
                yield b"x" * 65536

        return Response(body(), content_type="text/html")

    httpserver.expect_request("/endless").respond_with_handler(endless)
    started = time.monotonic()
    result = fetch(f"{site}/endless", max_bytes=300_000)
    assert len(result.content) == 300_000
    assert result.truncated
    assert time.monotonic() - started < 5


def test_too_large_raises_when_truncation_is_off(site, httpserver):
    httpserver.expect_request("/big").respond_with_data("y" * 5000)
    with pytest.raises(TooLarge):
        fetch(f"{site}/big", max_bytes=1000, truncate=False)


def test_gzip_bomb_is_cut_after_decompression(site, httpserver):
    bomb = gzip.compress(b"<p>" + b"a" * 20_000_000)
    httpserver.expect_request("/bomb").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="text/html"
    )
    result = fetch(f"{site}/bomb", max_bytes=100_000)
    assert result.truncated
    assert len(result.content) == 100_000
    assert result.content.startswith(b"<p>aaa")


def test_slow_drip_body_is_stopped_by_the_overall_deadline(site, httpserver):
    def drip(_request):
        def body():
            for _ in range(100):
                yield b"<"
                time.sleep(0.1)

        return Response(body(), content_type="text/html")

    httpserver.expect_request("/drip").respond_with_handler(drip)
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch(f"{site}/drip", timeout=0.8)
    assert time.monotonic() - started < 2.0


def test_a_silent_server_times_out(site, httpserver):
    def silent(_request):
        time.sleep(1.2)
        return Response("late")

    httpserver.expect_request("/silent").respond_with_handler(silent)
    with pytest.raises(FetchTimeout):
        fetch(f"{site}/silent", timeout=0.5)


def test_timeout_is_capped_at_fifteen_seconds():
    from blogparade.fetch.client import HARD_DEADLINE

    assert HARD_DEADLINE == 15.0


def test_content_type_allowlist(site, httpserver):
    httpserver.expect_request("/img").respond_with_data(b"\x89PNG\r\n", content_type="image/png")
    httpserver.expect_request("/html").respond_with_data(
        "<p>", content_type="text/html; charset=utf-8"
    )
    with pytest.raises(BadContentType):
        fetch(f"{site}/img", accept=("text/html", "application/xhtml+xml"))
    assert fetch(f"{site}/html", accept=("text/html",)).status == 200
    assert fetch(f"{site}/html", accept=("text/*",)).status == 200


def test_binary_body_is_returned_as_bytes_and_text_never_fails(site, httpserver):
    blob = bytes(range(256)) * 40
    httpserver.expect_request("/bin").respond_with_data(
        blob, content_type="application/octet-stream"
    )
    result = fetch(f"{site}/bin")
    assert result.content == blob
    assert isinstance(result.text(), str)


def test_wrong_charset_in_header_is_overruled_by_valid_utf8(site, httpserver):
    body = "<html><body>Grüße aus Köln</body></html>".encode()
    httpserver.expect_request("/u").respond_with_data(
        body, content_type="text/html; charset=iso-8859-1"
    )
    assert "Grüße aus Köln" in fetch(f"{site}/u").text()


def test_latin1_page_claiming_utf8_still_decodes(site, httpserver):
    body = "<html><body>Grüße aus Köln, schön wär's</body></html>".encode("latin-1")
    httpserver.expect_request("/l").respond_with_data(body, content_type="text/html; charset=utf-8")
    assert "Köln" in fetch(f"{site}/l").text()


def test_meta_charset_is_used_without_header_charset(site, httpserver):
    body = (
        '<html><head><meta charset="windows-1252"></head><body>Caf\xe9 \x93quoted\x94</body></html>'
    )
    httpserver.expect_request("/m").respond_with_data(
        body.encode("latin-1"), content_type="text/html"
    )
    assert "Café “quoted”" in fetch(f"{site}/m").text()


def test_user_agent_and_trigger_header(site, httpserver, settings):
    httpserver.expect_request("/ua").respond_with_data("ok")
    fetch(f"{site}/ua", triggered_by="contribution:42")
    fetch(f"{site}/ua", triggered_by="contribution:43")
    first, second = (req for req, _resp in httpserver.log)
    assert first.headers["User-Agent"].startswith("blogparade/")
    assert f"(+{settings.BASE_URL})" in first.headers["User-Agent"]
    token = first.headers["X-Blogparade-Triggered-By"]
    assert token and "42" not in token
    assert token != second.headers["X-Blogparade-Triggered-By"]


def test_post_is_form_encoded(site, httpserver):
    httpserver.expect_request(
        "/wm",
        method="POST",
        data="source=https%3A%2F%2Fa.example%2Fp&target=https%3A%2F%2Fb.example%2F%3Fq%3D1",
    ).respond_with_data("", status=202)
    result = fetch(
        f"{site}/wm",
        method="POST",
        data={"source": "https://a.example/p", "target": "https://b.example/?q=1"},
    )
    assert result.status == 202
    assert httpserver.log[0][0].headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_refused_connection_is_a_connection_failure(settings):
    import socket

    from blogparade.fetch.client import ConnectionFailed

    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(ConnectionFailed):
        fetch(f"http://127.0.0.1:{port}/")
