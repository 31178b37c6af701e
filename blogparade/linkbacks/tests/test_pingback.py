"""/xmlrpc pingback.ping: verified inside the call; Pingback 1.0 fault codes; defused XML."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET

import pytest

from blogparade.contributions.models import Contribution
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.tests.pages import post_page

pytestmark = pytest.mark.django_db


def call(source, target, method="pingback.ping"):
    return (
        f"<?xml version='1.0'?><methodCall><methodName>{method}</methodName><params>"
        f"<param><value><string>{source}</string></value></param>"
        f"<param><value>{target}</value></param></params></methodCall>"
    )


def rpc(client, body, **extra):
    response = client.post("/xmlrpc", body, content_type="text/xml", **extra)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    fault = root.find("fault")
    if fault is not None:
        members = {m.findtext("name"): m.find("value")[0].text for m in fault.iter("member")}
        return int(members["faultCode"]), members["faultString"]
    return None, root.findtext(".//string")


def test_verified_pingback_is_registered_and_feeds_the_pipeline(client, httpserver, target, parade):
    httpserver.expect_request("/post").respond_with_data(
        post_page(f'<a href="{target}">call</a>'), content_type="text/html"
    )
    source = httpserver.url_for("/post")
    code, text = rpc(client, call(source, target))
    assert code is None, text
    mention = Mention.objects.get()
    assert mention.protocol == Mention.Protocol.PINGBACK
    assert mention.status == Mention.Status.VERIFIED
    assert mention.contribution.channel == Contribution.Channel.PINGBACK
    assert mention.contribution.status == Contribution.Status.APPROVED

    code, _ = rpc(client, call(source, target))
    assert code == 0x30  # already registered


def test_source_without_link_is_0x11(client, httpserver, target):
    httpserver.expect_request("/post").respond_with_data(
        post_page("no link"), content_type="text/html"
    )
    assert rpc(client, call(httpserver.url_for("/post"), target))[0] == 0x11


def test_missing_source_is_0x10(client, httpserver, target):
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    assert rpc(client, call(httpserver.url_for("/gone"), target))[0] == 0x10
    assert rpc(client, call("not-a-url", target))[0] == 0x10


def test_source_refused_by_the_safe_client_is_0x31(client, settings, target):
    settings.FETCH_ALLOW_HOSTS = []
    assert rpc(client, call("http://127.0.0.1:9/post", target))[0] == 0x31
    assert rpc(client, call("http://10.0.0.1/post", target))[0] == 0x31


def test_upstream_trouble_is_0x32(client, httpserver, target):
    httpserver.expect_request("/err").respond_with_data("boom", status=500)
    assert rpc(client, call(httpserver.url_for("/err"), target))[0] == 0x32


def test_target_faults(client, parade):
    assert rpc(client, call("https://example.org/a", "http://blogparade.test/p/nope/"))[0] == 0x20
    assert (
        rpc(client, call("https://example.org/a", "https://elsewhere.example/p/open-call/"))[0]
        == 0x21
    )
    assert rpc(client, call("https://example.org/a", "http://blogparade.test/"))[0] == 0x21
    # A page on this site that does not exist: 0x20, as the specification says.
    assert (
        rpc(client, call("https://example.org/a", "http://blogparade.test/no-such/page"))[0] == 0x20
    )
    # One that exists but is no call (the directory feed): 0x21.
    assert (
        rpc(client, call("https://example.org/a", "http://blogparade.test/feeds/parades.atom"))[0]
        == 0x21
    )


def test_unknown_method_and_bad_params(client, db):
    assert rpc(client, call("a", "b", method="evil.method"))[0] == -32601
    assert (
        rpc(client, "<methodCall><methodName>pingback.ping</methodName></methodCall>")[0] == -32602
    )
    assert rpc(client, "this is not xml")[0] == -32700
    code, _ = rpc(client, call("a", "b", method="system.listMethods"))
    assert code is None


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<methodCall><methodName>pingback.ping</methodName><params>
<param><value><string>&lol9;</string></value></param><param><value><string>x</string></value></param>
</params></methodCall>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<methodCall><methodName>pingback.ping</methodName><params>
<param><value><string>&xxe;</string></value></param><param><value><string>x</string></value></param>
</params></methodCall>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_entity_tricks_are_refused_fast_and_the_server_still_answers(client, parade, payload):
    started = time.monotonic()
    code, text = rpc(client, payload)
    assert time.monotonic() - started < 1.0
    assert code == -32700
    assert "root:" not in text
    assert not Mention.objects.exists()
    assert rpc(client, call("https://example.org/a", "http://blogparade.test/p/nope/"))[0] == 0x20


def test_oversized_body_is_refused(client, db):
    code, _ = rpc(client, "<methodCall>" + "x" * 100_000 + "</methodCall>")
    assert code == -32700


def test_get_is_refused(client, db):
    assert client.get("/xmlrpc").status_code == 405


def test_rate_limited_client_gets_access_denied(client, parade, settings):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "pingback-ip": [(2, 60)]}
    codes = [
        rpc(client, call(f"https://example.org/{i}", "http://blogparade.test/p/nope/"))[0]
        for i in range(3)
    ]
    assert codes == [0x20, 0x20, 0x31]
