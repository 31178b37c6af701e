"""Hub: a call page marked up with h-event / h-entry, read with mf2py (fake site)."""

from __future__ import annotations

import datetime as dt

import pytest

from blogparade.parades import hub
from blogparade.parades.models import HubSource, RemoteParade

pytestmark = pytest.mark.django_db

H_EVENT = """<!doctype html><html><body>
<article class="h-event">
  <h1 class="p-name">IndieWeb Carnival: <em>Gardens</em> &amp; weeds</h1>
  <a class="u-url" href="/2031/carnival">permalink</a>
  <p class="p-summary">Write about your <b>digital garden</b>.</p>
  <time class="dt-start" datetime="2031-04-01T00:00:00+02:00">1 April</time>
  <time class="dt-end" datetime="2031-04-30T23:59:00+02:00">30 April</time>
  <div class="p-organizer h-card"><a class="p-name u-url" href="https://gina.example.net/">Gina Gardener</a></div>
</article></body></html>"""

H_ENTRY = """<!doctype html><html><body>
<div class="h-entry">
  <h1 class="p-name">Blogparade: Was liest du gerade?</h1>
  <div class="e-content"><p>Schreibt über eure Bücher. <script>alert(1)</script></p></div>
  <a class="p-author h-card" href="https://buch.example.de/">Bea Buch</a>
</div></body></html>"""


@pytest.fixture(autouse=True)
def _allow_fake_sites(settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]


def url(httpserver, path: str) -> str:
    return f"http://127.0.0.1:{httpserver.port}{path}"


def test_h_event_call(httpserver):
    httpserver.expect_request("/call").respond_with_data(H_EVENT, content_type="text/html")
    source = hub.add_call(url(httpserver, "/call"))
    assert source.kind == HubSource.Kind.CALL
    remote = RemoteParade.objects.get()
    assert remote.title == "IndieWeb Carnival: Gardens & weeds"
    assert remote.url == url(httpserver, "/2031/carnival")
    assert remote.domain == "127.0.0.1"
    assert remote.summary == "Write about your digital garden."
    assert remote.deadline == dt.datetime(2031, 4, 30, 21, 59, tzinfo=dt.UTC)
    assert remote.starts_at == dt.datetime(2031, 3, 31, 22, 0, tzinfo=dt.UTC)
    assert (remote.author_name, remote.author_url) == ("Gina Gardener", "https://gina.example.net/")


def test_h_entry_call_without_url_or_deadline(httpserver):
    httpserver.expect_request("/aufruf").respond_with_data(
        H_ENTRY.encode("utf-8"), content_type="text/html; charset=utf-8"
    )
    hub.add_call(url(httpserver, "/aufruf"))
    remote = RemoteParade.objects.get()
    assert remote.url == url(httpserver, "/aufruf")  # the page itself is its home
    assert remote.deadline is None
    assert remote.summary == "Schreibt über eure Bücher."
    assert remote.author_name == "Bea Buch"


def test_page_without_microformats_is_refused(httpserver):
    httpserver.expect_request("/plain").respond_with_data(
        "<html><body><h1>Just a page</h1></body></html>", content_type="text/html"
    )
    with pytest.raises(hub.HubError, match="No h-entry or h-event"):
        hub.add_call(url(httpserver, "/plain"))
    assert not HubSource.objects.exists() and not RemoteParade.objects.exists()


def test_not_a_web_page_is_refused(httpserver):
    httpserver.expect_request("/img").respond_with_data(b"\x89PNG", content_type="image/png")
    with pytest.raises(hub.HubError):
        hub.add_call(url(httpserver, "/img"))
    assert not HubSource.objects.exists()


def test_non_http_address_is_refused(db):
    with pytest.raises(hub.HubError, match="http"):
        hub.add_call("file:///etc/passwd")
    assert not HubSource.objects.exists()


def test_refresh_follows_changes_of_the_call(httpserver):
    httpserver.expect_request("/call").respond_with_data(H_EVENT, content_type="text/html")
    source = hub.add_call(url(httpserver, "/call"))
    httpserver.clear()
    httpserver.expect_request("/call").respond_with_data(
        H_EVENT.replace("/2031/carnival", "/2031/carnival-moved").replace("30 April", "extended"),
        content_type="text/html",
    )
    assert hub.refresh_source(source) == 1
    assert RemoteParade.objects.get().url.endswith("/2031/carnival-moved")


def test_hub_page_shows_hosted_at_and_escapes(httpserver, client):
    hostile = H_EVENT.replace(
        "<em>Gardens</em> &amp; weeds", "&lt;script&gt;alert(1)&lt;/script&gt;"
    )
    httpserver.expect_request("/call").respond_with_data(hostile, content_type="text/html")
    hub.add_call(url(httpserver, "/call"))
    body = client.get("/hub/").content.decode()
    assert "hosted at 127.0.0.1" in body
    assert f'href="{url(httpserver, "/2031/carnival")}"' in body
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
