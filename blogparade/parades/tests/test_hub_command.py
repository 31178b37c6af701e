"""``blogparade hub add-feed|add-call|refresh``: one line per outcome, exit 1 on failure."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from blogparade.parades.models import HubSource, RemoteParade

pytestmark = pytest.mark.django_db

CALL = (
    '<html><body><div class="h-entry"><h1 class="p-name">Tell us</h1>'
    '<time class="dt-end" datetime="2031-01-01T00:00Z">then</time></div></body></html>'
)
FEED = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
    "<title>Other parades</title><id>urn:x</id><updated>2030-01-01T00:00:00Z</updated>"
    '<entry><title>Remote one</title><link href="https://other.example.org/p/one/"/>'
    "<id>urn:1</id><updated>2030-01-01T00:00:00Z</updated>"
    "<summary>Q?</summary></entry></feed>"
)


@pytest.fixture(autouse=True)
def _allow_fake_sites(settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]


def test_add_call_and_feed_then_refresh(httpserver, capsys):
    base = f"http://127.0.0.1:{httpserver.port}"
    httpserver.expect_request("/call").respond_with_data(CALL, content_type="text/html")
    httpserver.expect_request("/feed").respond_with_data(FEED, content_type="application/atom+xml")
    call_command("hub", "add-call", f"{base}/call")
    call_command("hub", "add-feed", f"{base}/feed")
    out = capsys.readouterr().out.splitlines()
    assert out == [f"added {base}/call: 1 parade(s)", f"added {base}/feed: 1 parade(s)"]
    assert RemoteParade.objects.filter(domain="other.example.org").exists()

    call_command("hub", "refresh")
    assert len(capsys.readouterr().out.splitlines()) == 2

    httpserver.clear()
    httpserver.expect_request("/call").respond_with_data("gone", status=410)
    httpserver.expect_request("/feed").respond_with_data(FEED, content_type="application/atom+xml")
    with pytest.raises(CommandError, match="1 source"):
        call_command("hub", "refresh")
    # Only our own lines (a fake server thread of an earlier test may log into stderr too).
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith(base)]
    assert err == [f"{base}/call: Unreachable: {base}/call answered HTTP 410."]
    assert HubSource.objects.get(kind="call").last_error.endswith("HTTP 410.")


@pytest.mark.parametrize(
    ("action", "body", "content_type", "message"),
    [
        ("add-feed", "<html><body>hi</body></html>", "text/html", "Not a feed"),
        ("add-call", "<html><body>hi</body></html>", "text/html", "No h-entry or h-event"),
    ],
)
def test_errors_are_one_line_and_save_nothing(httpserver, action, body, content_type, message):
    httpserver.expect_request("/x").respond_with_data(body, content_type=content_type)
    with pytest.raises(CommandError, match=message) as info:
        call_command("hub", action, f"http://127.0.0.1:{httpserver.port}/x")
    assert "\n" not in str(info.value)
    assert not HubSource.objects.exists()


def test_refused_addresses(settings, httpserver):
    settings.FETCH_ALLOW_HOSTS = []
    with pytest.raises(CommandError, match="Refused address"):
        call_command("hub", "add-call", f"http://127.0.0.1:{httpserver.port}/x")
    with pytest.raises(CommandError, match="Refused address"):
        call_command("hub", "add-feed", "http://10.0.0.1/feeds/parades.atom")
    assert not HubSource.objects.exists()


def test_a_hub_sources_problem_reads_in_the_readers_language(db, httpserver, settings):
    from blogparade.parades import hub
    from blogparade.parades.models import HubSource

    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    httpserver.expect_request("/hub.atom").respond_with_data("down", status=500)
    source = HubSource.objects.create(url=httpserver.url_for("/hub.atom"))
    from django.utils import translation

    with translation.override("en"), pytest.raises(hub.HubError):
        hub.refresh_source(source)
    source.refresh_from_db()
    assert source.last_error_phrase["code"] == "hub_status"
    assert source.last_error.startswith("Unreachable:")
    with translation.override("de"):
        assert "500" in source.problem and not source.problem.startswith("Unreachable")
