"""Hub: subscribing to another blogparade instance's directory feed (fake site on 127.0.0.1)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from blogparade.parades import hub
from blogparade.parades.models import HubSource, Parade, RemoteParade

pytestmark = pytest.mark.django_db

ATOM = "application/atom+xml; charset=utf-8"
ELSEWHERE = "https://parades.elsewhere.example"


def url(httpserver, path: str) -> str:
    return f"http://127.0.0.1:{httpserver.port}{path}"


@pytest.fixture(autouse=True)
def _allow_fake_sites(settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]


@pytest.fixture
def directory_feed(host, client, settings) -> bytes:
    """The bytes of our directory feed as another blogparade instance would serve it."""
    own_base = settings.BASE_URL
    settings.BASE_URL = ELSEWHERE
    now = timezone.now()
    Parade.objects.create(
        host=host,
        slug="why-blog",
        title="Why do you blog? <script>alert(1)</script>",
        question="What keeps you <b>writing</b>?",
        opens_at=now - dt.timedelta(days=1),
        closes_at=dt.datetime(2031, 3, 1, 18, 0, tzinfo=dt.UTC),
    )
    body = client.get("/feeds/parades.atom").content
    Parade.objects.all().delete()  # it lives "elsewhere" now
    settings.BASE_URL = own_base
    return body


def test_add_feed_lists_the_remote_parades(httpserver, directory_feed):
    httpserver.expect_request("/feeds/parades.atom").respond_with_data(
        directory_feed, content_type=ATOM, headers={"ETag": '"v1"'}
    )
    source = hub.add_feed(url(httpserver, "/feeds/parades.atom"))
    assert source.kind == HubSource.Kind.FEED and source.etag == '"v1"'
    assert source.title == "New blog parades"
    remote = RemoteParade.objects.get()
    assert remote.title == "Why do you blog? <script>alert(1)</script>"  # plain text, as written
    assert remote.summary == "What keeps you <b>writing</b>?"  # the question was text
    assert remote.deadline == dt.datetime(2031, 3, 1, 18, 0, tzinfo=dt.UTC)
    assert remote.url == f"{ELSEWHERE}/p/why-blog/"
    assert remote.domain == "parades.elsewhere.example"
    assert remote.author_name == "Hanna Host"
    assert list(hub.remote_parades_for_directory()) == [remote]
    httpserver.check_assertions()


def test_directory_page_advertising_its_feed_is_followed(httpserver, directory_feed):
    httpserver.expect_request("/").respond_with_data(
        '<html><head><link rel="alternate" type="application/atom+xml" href="/feeds/parades.atom">'
        "</head><body>Directory</body></html>",
        content_type="text/html",
    )
    httpserver.expect_request("/feeds/parades.atom").respond_with_data(
        directory_feed, content_type=ATOM
    )
    hub.add_feed(url(httpserver, "/"))
    assert RemoteParade.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        ("<html><body>No feed here</body></html>", "text/html", "names no feed"),
        ('{"items": []}', "application/json", "Not a feed"),
        ("<rss><channel><item>", "application/rss+xml", "not well-formed"),
        ("<?xml version='1.0'?><note>hello</note>", "application/xml", "neither Atom nor RSS"),
        (
            '<?xml version="1.0"?><!DOCTYPE f [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>&b;</title></feed>',
            "application/atom+xml",
            "entities",
        ),
    ],
)
def test_not_a_feed_is_refused_and_nothing_saved(httpserver, body, content_type, message):
    httpserver.expect_request("/feed").respond_with_data(body, content_type=content_type)
    with pytest.raises(hub.HubError, match=message):
        hub.add_feed(url(httpserver, "/feed"))
    assert not HubSource.objects.exists() and not RemoteParade.objects.exists()


def test_unreachable_and_404(httpserver):
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    with pytest.raises(hub.HubError, match="HTTP 404"):
        hub.add_feed(url(httpserver, "/gone"))
    with pytest.raises(hub.HubError, match="Unreachable"):
        hub.add_feed("http://127.0.0.1:9/feeds/parades.atom")  # discard port: nobody listens
    assert not HubSource.objects.exists()


def test_private_address_is_refused(settings, httpserver):
    settings.FETCH_ALLOW_HOSTS = []
    with pytest.raises(hub.HubError, match="Refused address"):
        hub.add_feed(url(httpserver, "/feeds/parades.atom"))
    assert len(httpserver.log) == 0  # never contacted
    assert not HubSource.objects.exists()


def test_same_source_twice_is_refused(httpserver, directory_feed):
    httpserver.expect_request("/f").respond_with_data(directory_feed, content_type=ATOM)
    hub.add_feed(url(httpserver, "/f"))
    with pytest.raises(hub.HubError, match="already"):
        hub.add_feed(url(httpserver, "/f"))
    assert HubSource.objects.count() == 1


def test_refresh_uses_conditional_get_and_records_errors(httpserver, directory_feed):
    httpserver.expect_request("/f").respond_with_data(
        directory_feed, content_type=ATOM, headers={"ETag": '"v1"'}
    )
    source = hub.add_feed(url(httpserver, "/f"))
    httpserver.clear()
    httpserver.expect_request("/f", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    assert hub.refresh_source(source) == 1
    source.refresh_from_db()
    assert source.last_error == "" and source.last_ok_at is not None

    httpserver.clear()
    httpserver.expect_request("/f").respond_with_data("<html>oops</html>", content_type="text/html")
    with pytest.raises(hub.HubError):
        hub.refresh_source(source)
    source.refresh_from_db()
    assert "Not a feed" in source.last_error
    assert RemoteParade.objects.count() == 1  # what we knew stays


def test_periodic_refresh_enqueues_due_sources(httpserver, directory_feed):
    httpserver.expect_request("/f").respond_with_data(directory_feed, content_type=ATOM)
    source = hub.add_feed(url(httpserver, "/f"))
    assert hub.refresh_due_sources() == 0  # just fetched
    HubSource.objects.filter(pk=source.pk).update(
        last_fetched_at=timezone.now() - dt.timedelta(days=1)
    )
    RemoteParade.objects.update(title="stale")
    assert hub.refresh_due_sources() == 1  # tasks run inline under tests
    assert RemoteParade.objects.get().title.startswith("Why do you blog?")


def test_directory_leaves_out_closed_and_inactive(httpserver, directory_feed):
    httpserver.expect_request("/f").respond_with_data(directory_feed, content_type=ATOM)
    source = hub.add_feed(url(httpserver, "/f"))
    remote = RemoteParade.objects.get()
    later = dt.datetime(2031, 3, 5, tzinfo=dt.UTC)
    assert list(hub.remote_parades_for_directory(now=later)) == []
    assert list(hub.remote_parades_for_directory(now=later, include_closed=True)) == [remote]
    HubSource.objects.filter(pk=source.pk).update(active=False)
    assert list(hub.remote_parades_for_directory()) == []


def test_directory_lists_a_call_once_and_never_our_own(httpserver, directory_feed, settings):
    httpserver.expect_request("/a").respond_with_data(directory_feed, content_type=ATOM)
    httpserver.expect_request("/b").respond_with_data(directory_feed, content_type=ATOM)
    hub.add_feed(url(httpserver, "/a"))
    hub.add_feed(url(httpserver, "/b"))
    assert RemoteParade.objects.count() == 2
    assert len(hub.remote_parades_for_directory()) == 1
    settings.BASE_URL = ELSEWHERE  # as if we had subscribed to our own feed
    assert len(hub.remote_parades_for_directory()) == 0


def test_huge_feed_is_refused(httpserver, monkeypatch):
    monkeypatch.setattr(hub, "MAX_FEED_BYTES", 1000)
    httpserver.expect_request("/big").respond_with_data(
        b"<feed>" + b"x" * 5000 + b"</feed>", content_type=ATOM
    )
    with pytest.raises(hub.HubError, match="Too large"):
        hub.add_feed(url(httpserver, "/big"))
    assert not HubSource.objects.exists()


def test_external_entities_are_never_fetched(httpserver):
    evil = url(httpserver, "/evil")
    httpserver.expect_request("/f").respond_with_data(
        f'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "{evil}">]>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>&x;</title>'
        f'<entry><title>t</title><link href="{evil}"/></entry></feed>',
        content_type=ATOM,
    )
    with pytest.raises(hub.HubError, match="Not a feed"):
        hub.add_feed(url(httpserver, "/f"))
    assert [entry[0].path for entry in httpserver.log] == ["/f"]
    assert not HubSource.objects.exists()
