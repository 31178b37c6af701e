"""Cookies within one fetch: a redirect hop sends what an earlier hop set, and responses are
read for cookies only when they set some."""

from __future__ import annotations

from http.cookiejar import CookieJar

import httpx

from blogparade.fetch.client import fetch


def test_cookies_set_by_a_redirect_hop_are_sent_on_the_next_one(site, httpserver):
    httpserver.expect_request("/login").respond_with_data(
        "", status=302, headers={"Location": "/home", "Set-Cookie": "sid=abc; Path=/"}
    )
    httpserver.expect_request("/home", headers={"Cookie": "sid=abc"}).respond_with_data("in")
    result = fetch(f"{site}/login")
    assert (result.status, result.content) == (200, b"in")


def test_cookies_do_not_outlive_their_fetch(site, httpserver):
    httpserver.expect_request("/sets").respond_with_data("y", headers={"Set-Cookie": "a=1"})
    httpserver.expect_request("/next").respond_with_data("z")
    fetch(f"{site}/sets")
    fetch(f"{site}/next")
    assert "Cookie" not in httpserver.log[-1][0].headers


def test_cookies_are_read_only_from_responses_that_set_some(site, httpserver, monkeypatch):
    """The jar is asked only where a Set-Cookie header is (elsewhere it reads nothing)."""
    read = []
    real = CookieJar.extract_cookies
    monkeypatch.setattr(
        CookieJar, "extract_cookies", lambda self, *a: read.append(1) or real(self, *a)
    )
    httpserver.expect_request("/plain").respond_with_data("x")
    httpserver.expect_request("/sets").respond_with_data("y", headers={"set-cookie": "a=1"})
    fetch(f"{site}/plain")
    assert read == []
    fetch(f"{site}/sets")
    assert read == [1]
    # What the shortcut skips: reading a response without cookies leaves a jar as it was.
    jar = httpx.Cookies()
    jar.extract_cookies(httpx.Response(200, request=httpx.Request("GET", f"{site}/plain")))
    assert list(jar.jar) == []
