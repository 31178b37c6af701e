"""The host's journey: close now, open again, and the share kit after creating (issue: the only
way to close was moving the deadline into the past; nothing offered the link to share)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from blogparade.core.models import RegisteredSite
from blogparade.parades.models import Parade, ParadeState
from blogparade.parades.share import BLUESKY_MAX, MASTODON_MAX, share_kit

pytestmark = pytest.mark.django_db


def test_close_now_needs_the_confirmation(owner_client, make_parade):
    parade = make_parade("open")
    url = f"/dashboard/p/{parade.slug}/close/"
    owner_client.post(url, {})
    parade.refresh_from_db()
    assert parade.state == ParadeState.OPEN

    response = owner_client.post(url, {"confirm": "yes"}, follow=True)
    parade.refresh_from_db()
    assert parade.state == ParadeState.CLOSED
    assert parade.closes_at <= timezone.now()
    assert "The parade is closed." in response.content.decode()
    assert "Open it again" in response.content.decode()


def test_an_upcoming_parade_is_not_closed_but_edited(owner_client, make_parade):
    parade = make_parade("upcoming")
    response = owner_client.post(
        f"/dashboard/p/{parade.slug}/close/", {"confirm": "yes"}, follow=True
    )
    parade.refresh_from_db()
    assert parade.state == ParadeState.UPCOMING
    assert "has not opened yet" in response.content.decode()


def test_reopen_with_a_new_deadline_in_the_parades_zone(owner_client, make_parade):
    parade = make_parade("closed", time_zone="Asia/Tokyo")
    response = owner_client.post(
        f"/dashboard/p/{parade.slug}/reopen/", {"closes_at": "2099-05-01T18:00"}, follow=True
    )
    parade.refresh_from_db()
    assert parade.state == ParadeState.OPEN
    assert parade.closes_at.isoformat() == "2099-05-01T09:00:00+00:00"  # 18:00 in Tokyo
    assert "The parade is open again." in response.content.decode()


@pytest.mark.parametrize(
    "closes,message", [("2001-01-01T10:00", "must be in the future"), ("soon", "Enter a valid")]
)
def test_reopen_refuses_a_deadline_in_the_past(owner_client, make_parade, closes, message):
    parade = make_parade("closed")
    response = owner_client.post(
        f"/dashboard/p/{parade.slug}/reopen/", {"closes_at": closes}, follow=True
    )
    parade.refresh_from_db()
    assert parade.state == ParadeState.CLOSED
    assert message in response.content.decode()


def test_a_rounded_up_parade_stays_closed(owner_client, make_parade):
    parade = make_parade("closed", rounded_up_at=timezone.now())
    response = owner_client.post(
        f"/dashboard/p/{parade.slug}/reopen/", {"closes_at": "2099-05-01T18:00"}, follow=True
    )
    parade.refresh_from_db()
    assert parade.closes_at < timezone.now()
    assert "cannot be opened again" in response.content.decode()


def test_other_hosts_cannot_close_or_share(other_client, make_parade):
    parade = make_parade("open")
    assert (
        other_client.post(f"/dashboard/p/{parade.slug}/close/", {"confirm": "yes"}).status_code
        == 404
    )
    assert other_client.get(f"/dashboard/p/{parade.slug}/share/").status_code == 404
    parade.refresh_from_db()
    assert parade.state == ParadeState.OPEN


def test_cli_close_and_reopen(make_parade):
    parade = make_parade("open")
    out = StringIO()
    call_command("parade", "close", parade.slug, stdout=out)
    assert f"{parade.slug}: closed" in out.getvalue()
    parade.refresh_from_db()
    assert parade.state == ParadeState.CLOSED
    with pytest.raises(CommandError, match="closed already"):
        call_command("parade", "close", parade.slug, stdout=StringIO())
    call_command("parade", "reopen", parade.slug, "--closes", "2099-01-31T23:59", stdout=out)
    parade.refresh_from_db()
    assert parade.state == ParadeState.OPEN
    with pytest.raises(CommandError, match="no parade with the slug"):
        call_command("parade", "close", "nope", stdout=StringIO())


def test_share_kit_in_the_parades_language(owner_client, make_parade, settings):
    settings.BASE_URL = "https://parades.example"
    parade = make_parade(
        "open",
        language="de",
        hashtag="#SlowWeb",
        title="Langsames Web",
        question=("Was macht ein Blog langsam und gut? " * 8).strip(),  # 287 of 300 characters
    )
    response = owner_client.get(f"/dashboard/p/{parade.slug}/share/", HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Spread the word" in html  # the page in the host's language …
    kit = share_kit(parade)
    assert kit.mastodon.startswith("Blogparade: Langsames Web")  # … the texts in the parade's
    assert kit.call_url == f"https://parades.example/p/{parade.slug}/"
    assert kit.hashtags == "#SlowWeb #Blogparade"
    assert len(kit.mastodon) <= MASTODON_MAX and kit.call_url in kit.mastodon
    assert len(kit.bluesky) <= BLUESKY_MAX and kit.call_url in kit.bluesky
    assert parade.question in kit.mastodon  # room for all of it on Mastodon …
    assert "…" in kit.bluesky  # … shortened on Bluesky, never the link
    assert f"https://parades.example/p/{parade.slug}/deadline.ics" in html
    assert f'data-blogparade-contributions="{parade.slug}"' in kit.wordpress
    assert kit.hugo_usage == f'{{{{< blogparade "{parade.slug}" >}}}}'


def test_the_call_site_is_registered_for_the_host_with_the_call(owner_client, make_parade):
    parade = make_parade("open", call_url="https://alice.example/2026/call/")
    page = owner_client.get(f"/dashboard/p/{parade.slug}/share/").content.decode()
    assert "The widgets work on https://alice.example." in page


def test_a_removed_call_site_comes_back_in_one_click(owner, owner_client, make_parade):
    parade = make_parade("open", call_url="https://alice.example/2026/call/")
    call_command("site", "remove", "https://alice.example", stdout=StringIO())
    page = owner_client.get(f"/dashboard/p/{parade.slug}/share/").content.decode()
    assert "Allow the widgets on https://alice.example" in page
    owner_client.post(f"/dashboard/p/{parade.slug}/share/site/")
    assert RegisteredSite.objects.get(origin="https://alice.example").owner == owner
    page = owner_client.get(f"/dashboard/p/{parade.slug}/share/").content.decode()
    assert "The widgets work on https://alice.example." in page


def test_without_a_call_on_a_blog_nothing_is_registered(owner_client, make_parade):
    parade = make_parade("open")
    owner_client.post(f"/dashboard/p/{parade.slug}/share/site/")
    assert not RegisteredSite.objects.exists()


def test_new_parade_goes_to_the_share_kit(owner_client):
    response = owner_client.post(
        "/dashboard/new/",
        {
            "title": "Rainy days",
            "slug": "rainy-days",
            "language": "en",
            "opens_at": "2030-03-01T09:00",
            "closes_at": "2030-03-31T23:59",
            "time_zone": "Europe/Berlin",
            "listed": "on",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/dashboard/p/rainy-days/share/"
    assert "Here is what you need to spread the word." in response.content.decode()
    assert Parade.objects.filter(slug="rainy-days").exists()
