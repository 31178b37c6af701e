"""Endpoints are advertised: Link / X-Pingback headers and <link> elements."""

from __future__ import annotations

from django.http import HttpResponse
from django.template import Context, Template
from django.test import RequestFactory

from blogparade.linkbacks.advertise import (
    LinkbackHeadersMiddleware,
    add_linkback_headers,
    advertise_linkbacks,
)


def test_headers_name_the_absolute_endpoints():
    response = add_linkback_headers(HttpResponse("x"))
    assert response["Link"] == '<http://blogparade.test/webmention>; rel="webmention"'
    assert response["X-Pingback"] == "http://blogparade.test/xmlrpc"


def test_existing_link_header_is_kept():
    response = HttpResponse("x")
    response["Link"] = '</feed.xml>; rel="alternate"'
    add_linkback_headers(add_linkback_headers(response))
    assert (
        response["Link"]
        == '</feed.xml>; rel="alternate", <http://blogparade.test/webmention>; rel="webmention"'
    )


def test_decorator():
    view = advertise_linkbacks(lambda request: HttpResponse("x"))
    assert "webmention" in view(RequestFactory().get("/"))["Link"]


def test_middleware_advertises_on_parade_pages_only(client, parade, settings):
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "blogparade.linkbacks.advertise.LinkbackHeadersMiddleware",
    ]
    assert client.get("/p/open-call/")["X-Pingback"] == "http://blogparade.test/xmlrpc"
    assert "X-Pingback" not in client.get("/healthz")
    assert LinkbackHeadersMiddleware


def test_head_snippet():
    html = Template('{% include "linkbacks/_head_links.html" %}').render(Context({}))
    assert '<link rel="webmention" href="http://blogparade.test/webmention">' in html
    assert '<link rel="pingback" href="http://blogparade.test/xmlrpc">' in html
