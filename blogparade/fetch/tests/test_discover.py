"""Webmention discovery per the W3C spec (the webmention.rocks cases 1-23 and more), and
Pingback discovery — each against a local fake site."""

from __future__ import annotations

import pytest

from blogparade.fetch.client import BlockedAddress, FetchError
from blogparade.fetch.discover import (
    discover,
    discover_pingback,
    discover_webmention,
    parse_link_header,
)

PAGE = "<!doctype html><html><head><title>t</title>{head}</head><body>{body}</body></html>"


def serve(
    httpserver, path, *, head="", body="", headers=None, status=200, content_type="text/html"
):
    httpserver.expect_request(path).respond_with_data(
        PAGE.format(head=head, body=body),
        status=status,
        headers=headers or {},
        content_type=content_type,
    )


CASES = [
    # (name, headers, head, body, expected endpoint path relative to the fake site)
    (
        "1 link header relative",
        {"Link": "</test/1/webmention?head=true>; rel=webmention"},
        "",
        "",
        "/test/1/webmention?head=true",
    ),
    (
        "2 link header absolute",
        {"Link": "<{site}/test/2/webmention>; rel=webmention"},
        "",
        "",
        "/test/2/webmention",
    ),
    (
        "3 link element relative",
        {},
        '<link rel="webmention" href="/test/3/webmention">',
        "",
        "/test/3/webmention",
    ),
    (
        "4 link element absolute",
        {},
        '<link rel="webmention" href="{site}/test/4/webmention">',
        "",
        "/test/4/webmention",
    ),
    (
        "5 a element relative",
        {},
        "",
        '<a rel="webmention" href="/test/5/webmention">e</a>',
        "/test/5/webmention",
    ),
    (
        "6 a element absolute",
        {},
        "",
        '<a rel="webmention" href="{site}/test/6/webmention">e</a>',
        "/test/6/webmention",
    ),
    (
        "7 header name casing",
        {"LinK": "<{site}/test/7/webmention>; rel=webmention"},
        "",
        "",
        "/test/7/webmention",
    ),
    (
        "8 quoted rel",
        {"Link": '<{site}/test/8/webmention>; rel="webmention"'},
        "",
        "",
        "/test/8/webmention",
    ),
    (
        "9 several rels in header",
        {"Link": '<{site}/test/9/webmention>; rel="webmention somethingelse"'},
        "",
        "",
        "/test/9/webmention",
    ),
    (
        "10 several rels in element",
        {},
        '<link rel="webmention somethingelse" href="/test/10/webmention">',
        "",
        "/test/10/webmention",
    ),
    (
        "11 header before element",
        {"Link": "</test/11/header>; rel=webmention"},
        '<link rel="webmention" href="/test/11/link">',
        '<a rel="webmention" href="/test/11/a">x</a>',
        "/test/11/header",
    ),
    (
        "12 look-alike rel",
        {},
        '<link rel="not-webmention" href="/test/12/error"><link rel="webmention" href="/test/12/webmention">',
        "",
        "/test/12/webmention",
    ),
    (
        "13 nothing from comments",
        {},
        '<!-- <link rel="webmention" href="/test/13/error"> -->',
        '<a rel="webmention" href="/test/13/webmention">x</a>',
        "/test/13/webmention",
    ),
    (
        "14 nothing from escaped html",
        {},
        "",
        '<code>&lt;a rel="webmention" href="/test/14/error"&gt;&lt;/a&gt;</code><a rel="webmention" href="/test/14/webmention">x</a>',
        "/test/14/webmention",
    ),
    ("15 empty href is the page", {}, '<link rel="webmention" href="">', "", "/page"),
    (
        "16 a before link in order",
        {},
        "",
        '<a rel="webmention" href="/test/16/webmention">x</a><link rel="webmention" href="/test/16/error">',
        "/test/16/webmention",
    ),
    (
        "17 link before a in order",
        {},
        '<link rel="webmention" href="/test/17/webmention">',
        '<a rel="webmention" href="/test/17/error">x</a>',
        "/test/17/webmention",
    ),
    (
        "19 one header several links",
        {
            "Link": '<{site}/test/19/error>; rel="other", <{site}/test/19/webmention>; rel="webmention"'
        },
        "",
        "",
        "/test/19/webmention",
    ),
    (
        "20 link without href skipped",
        {},
        '<link rel="webmention"><link rel="webmention" href="/test/20/webmention">',
        "",
        "/test/20/webmention",
    ),
    (
        "21 query string kept",
        {},
        '<link rel="webmention" href="/test/21/webmention?query=yes&amp;x=1">',
        "",
        "/test/21/webmention?query=yes&x=1",
    ),
    (
        "22 relative to the page",
        {},
        '<link rel="webmention" href="22/webmention">',
        "",
        "/22/webmention",
    ),
    ("case-insensitive rel", {}, '<LINK REL="WebMention" HREF="/upper">', "", "/upper"),
    (
        "a wins over later link",
        {},
        "",
        '<p><a href="/plain">plain</a><a rel="nofollow webmention" href="/a-first">x</a></p>',
        "/a-first",
    ),
    ("whitespace around href", {}, '<link rel="webmention" href="  /spaced  ">', "", "/spaced"),
    (
        "comma inside header uri",
        {"Link": '<{site}/wm?a=1,2>; rel="webmention"'},
        "",
        "",
        "/wm?a=1,2",
    ),
    (
        "other rel in header then element",
        {"Link": "<{site}/style.css>; rel=stylesheet"},
        '<link rel="webmention" href="/from-html">',
        "",
        "/from-html",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_webmention_discovery(site, httpserver, case):
    _name, headers, head, body, expected = case
    headers = {k: v.format(site=site) for k, v in headers.items()}
    serve(
        httpserver,
        "/page",
        headers=headers,
        head=head.format(site=site),
        body=body.format(site=site),
    )
    assert discover_webmention(f"{site}/page") == f"{site}{expected}"


def test_multiple_link_headers(site, httpserver):
    # Case 18: the endpoint is in the second of two Link headers.
    from werkzeug import Response
    from werkzeug.datastructures import Headers

    def handler(_request):
        h = Headers()
        h.add("Link", f"<{site}/test/18/error>; rel=other")
        h.add("Link", f"<{site}/test/18/webmention>; rel=webmention")
        return Response(PAGE.format(head="", body=""), headers=h, content_type="text/html")

    httpserver.expect_request("/page").respond_with_handler(handler)
    assert discover_webmention(f"{site}/page") == f"{site}/test/18/webmention"


def test_relative_endpoint_resolves_against_the_url_after_redirects(site, httpserver):
    # Case 23: the page redirects; the relative endpoint belongs to the final URL.
    httpserver.expect_request("/test/23/page").respond_with_data(
        "", status=302, headers={"Location": "/test/23/page/final/"}
    )
    serve(
        httpserver,
        "/test/23/page/final/",
        head='<link rel="webmention" href="webmention-endpoint">',
    )
    assert (
        discover_webmention(f"{site}/test/23/page")
        == f"{site}/test/23/page/final/webmention-endpoint"
    )


def test_header_endpoint_resolves_against_final_url(site, httpserver):
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/new/post/"}
    )
    serve(httpserver, "/new/post/", headers={"Link": "<wm>; rel=webmention"})
    assert discover_webmention(f"{site}/old") == f"{site}/new/post/wm"


def test_no_endpoint_is_none(site, httpserver):
    serve(
        httpserver,
        "/page",
        head='<link rel="pingback" href="/xmlrpc">',
        body='<a href="/webmention">webmention</a>',
    )
    assert discover_webmention(f"{site}/page") is None


def test_look_alike_rels_only_is_none(site, httpserver):
    serve(
        httpserver,
        "/page",
        headers={"Link": "</x>; rel=not-webmention, </y>; rel=webmentions"},
        head='<link rel="webmention-endpoint" href="/z"><link rel="xwebmention" href="/w">',
    )
    assert discover_webmention(f"{site}/page") is None


def test_a_non_html_document_is_only_searched_in_headers(site, httpserver):
    httpserver.expect_request("/img.png").respond_with_data(
        b"\x89PNG<link rel=webmention href=/nope>",
        content_type="image/png",
        headers={"Link": "</wm>; rel=webmention"},
    )
    assert discover_webmention(f"{site}/img.png") == f"{site}/wm"


def test_error_status_raises(site, httpserver):
    serve(httpserver, "/gone", status=404, head='<link rel="webmention" href="/wm">')
    with pytest.raises(FetchError):
        discover_webmention(f"{site}/gone")


def test_private_target_is_refused(settings):
    settings.FETCH_ALLOW_HOSTS = []
    with pytest.raises(BlockedAddress):
        discover_webmention("http://127.0.0.1:9/page")


def test_pingback_header_first_then_link(site, httpserver):
    serve(
        httpserver,
        "/h",
        headers={"X-Pingback": f"{site}/xmlrpc.php"},
        head='<link rel="pingback" href="/other">',
    )
    serve(httpserver, "/l", head='<link rel="pingback" href="/xmlrpc">')
    serve(httpserver, "/a", body='<a rel="pingback" href="/nope">no</a>')
    assert discover_pingback(f"{site}/h") == f"{site}/xmlrpc.php"
    assert discover_pingback(f"{site}/l") == f"{site}/xmlrpc"
    assert discover_pingback(f"{site}/a") is None


def test_discover_both_from_one_fetch(site, httpserver):
    serve(
        httpserver,
        "/both",
        head='<link rel="webmention" href="/wm"><link rel="pingback" href="/xmlrpc">',
    )
    found = discover(f"{site}/both")
    assert (found.webmention, found.pingback) == (f"{site}/wm", f"{site}/xmlrpc")
    assert len(httpserver.log) == 1


def test_parse_link_header_handles_params_and_quotes():
    links = parse_link_header(
        '<https://a.example/x>; title="a, b; c"; rel="Webmention Other", <https://b.example/>; rel=next'
    )
    assert links == [
        ("https://a.example/x", ["webmention", "other"]),
        ("https://b.example/", ["next"]),
    ]
