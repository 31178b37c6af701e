"""The WSGI entry point's own duties (blogparade.core.wsgi): bodies over the limit refused
before they are read, the scheme believed from trusted proxies only."""

from __future__ import annotations

import io

from blogparade.core.wsgi import MAX_BODY, guard


def _call(environ: dict) -> tuple[str, dict, bytes, dict]:
    seen: dict = {}

    def app(env, start_response):
        seen.update(env)
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"app"]

    result: dict = {}

    def start_response(status, headers):
        result["status"], result["headers"] = status, dict(headers)

    body = b"".join(guard(app)(environ, start_response))
    return result["status"], result["headers"], body, seen


def _environ(**extra) -> dict:
    env = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/comments/post/",
        "REMOTE_ADDR": "203.0.113.9",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
    }
    env.update(extra)
    return env


def test_a_body_over_the_limit_is_refused_unread():
    status, headers, body, seen = _call(_environ(CONTENT_LENGTH=str(MAX_BODY + 1)))
    assert status.startswith("413") and not seen and headers["Connection"] == "close"
    status, _h, _b, _seen = _call(_environ(CONTENT_LENGTH="12abc"))
    assert status.startswith("400")
    status, _h, body, _seen = _call(_environ(CONTENT_LENGTH=str(MAX_BODY)))
    assert status == "200 OK" and body == b"app"


def test_the_scheme_comes_from_trusted_proxies_only(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    *_rest, seen = _call(_environ(REMOTE_ADDR="10.1.2.3", HTTP_X_FORWARDED_PROTO="https"))
    assert seen["wsgi.url_scheme"] == "https"
    *_rest, seen = _call(_environ(REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_PROTO="https"))
    assert seen["wsgi.url_scheme"] == "http"


def test_a_cached_page_is_answered_before_the_application(client, parade):
    """A plain GET of a page in the cache never reaches Django; a HEAD of it is answered by
    the same cache on the second path; a GET with a body goes through the size check first."""
    client.get("/p/open-call/")  # rendered once, into the cache
    page = {"REQUEST_METHOD": "GET", "PATH_INFO": "/p/open-call/", "HTTP_HOST": "localhost"}
    status, headers, body, seen = _call(_environ(**page))
    assert status == "200 OK" and headers["X-Page-Cache"] == "hit" and b"keeps you" in body
    assert seen == {}  # the application was not called
    status, headers, body, seen = _call(_environ(**{**page, "REQUEST_METHOD": "HEAD"}))
    assert status == "200 OK" and body == b"" and seen == {}
    huge = {**page, "CONTENT_LENGTH": str(MAX_BODY + 1)}
    status, _headers, _body, seen = _call(_environ(**huge))
    assert status.startswith("413") and seen == {}
