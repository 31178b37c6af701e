"""Sending Webmentions and Pingbacks through the safe client, against local fake sites."""

from __future__ import annotations

import xmlrpc.client

import pytest
from werkzeug import Response

from blogparade.fetch.client import reset_politeness
from blogparade.fetch.send import send_linkback, send_pingback, send_webmention

SOURCE = "https://blog.example/answer"


@pytest.fixture
def base(httpserver, settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    reset_politeness()
    return f"http://127.0.0.1:{httpserver.port}"


def page(httpserver, path, head=""):
    httpserver.expect_request(path, method="GET").respond_with_data(
        f"<html><head>{head}</head><body></body></html>", content_type="text/html"
    )


def test_webmention_preferred_over_pingback(base, httpserver):
    page(
        httpserver,
        "/call",
        '<link rel="pingback" href="/xmlrpc"><link rel="webmention" href="/wm">',
    )
    httpserver.expect_request("/wm", method="POST").respond_with_data("", status=202)
    outcome = send_linkback(SOURCE, f"{base}/call")
    assert (outcome.protocol, outcome.status, outcome.ok) == ("webmention", 202, True)
    assert not any(req.path == "/xmlrpc" for req, _ in httpserver.log)


def test_pingback_when_only_pingback_is_advertised(base, httpserver):
    page(httpserver, "/call", '<link rel="pingback" href="/xmlrpc">')
    seen = {}

    def xmlrpc_handler(request):
        params, method = xmlrpc.client.loads(request.get_data())
        seen.update(method=method, params=params, ctype=request.headers["Content-Type"])
        return Response(
            xmlrpc.client.dumps(("Pingback registered",), methodresponse=True),
            content_type="text/xml",
        )

    httpserver.expect_request("/xmlrpc", method="POST").respond_with_handler(xmlrpc_handler)
    outcome = send_linkback(SOURCE, f"{base}/call")
    assert (outcome.protocol, outcome.ok) == ("pingback", True)
    assert seen == {
        "method": "pingback.ping",
        "params": (SOURCE, f"{base}/call"),
        "ctype": "text/xml",
    }


def test_pingback_fault_is_reported(base, httpserver):
    fault = xmlrpc.client.dumps(
        xmlrpc.client.Fault(0x11, "The source URI does not contain a link."), methodresponse=True
    )
    httpserver.expect_request("/xmlrpc", method="POST").respond_with_data(
        fault, content_type="text/xml"
    )
    outcome = send_pingback(f"{base}/xmlrpc", SOURCE, f"{base}/call")
    assert not outcome.ok
    assert outcome.fault_code == 0x11
    assert "does not contain a link" in outcome.error


def test_pingback_answer_with_entity_bomb_is_refused(base, httpserver):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><methodResponse><params><param><value>&c;</value></param></params></methodResponse>'
    )
    httpserver.expect_request("/xmlrpc", method="POST").respond_with_data(
        bomb, content_type="text/xml"
    )
    outcome = send_pingback(f"{base}/xmlrpc", SOURCE, f"{base}/call")
    assert not outcome.ok
    assert outcome.error


def test_neither_endpoint(base, httpserver):
    page(httpserver, "/call")
    outcome = send_linkback(SOURCE, f"{base}/call")
    assert not outcome.ok and outcome.no_endpoint


def test_retries_after_503_then_succeeds(base, httpserver):
    page(httpserver, "/call", '<link rel="webmention" href="/wm">')
    answers = iter([503, 503, 201])
    httpserver.expect_request("/wm", method="POST").respond_with_handler(
        lambda _r: Response("", status=next(answers))
    )
    outcome = send_webmention(SOURCE, f"{base}/call", attempts=3, backoff=0.01)
    assert outcome.ok and outcome.status == 201


def test_no_retry_after_400(base, httpserver):
    page(httpserver, "/call", '<link rel="webmention" href="/wm">')
    httpserver.expect_request("/wm", method="POST").respond_with_data("bad target", status=400)
    outcome = send_linkback(SOURCE, f"{base}/call", attempts=3, backoff=0.01)
    assert (outcome.ok, outcome.status) == (False, 400)
    assert sum(req.method == "POST" for req, _ in httpserver.log) == 1


def test_refused_endpoint_is_an_outcome_not_an_exception(base, httpserver):
    page(httpserver, "/call", '<link rel="webmention" href="http://169.254.169.254/wm">')
    outcome = send_linkback(SOURCE, f"{base}/call")
    assert not outcome.ok and outcome.status is None
    assert outcome.error


def test_unreachable_target_is_an_outcome(settings):
    settings.FETCH_ALLOW_HOSTS = []
    outcome = send_linkback(SOURCE, "http://no-such-host.invalid/call", attempts=1)
    assert not outcome.ok and outcome.no_endpoint and outcome.error
