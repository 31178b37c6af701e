"""The series' Atom feed: valid for feedparser, editions here and elsewhere, escaped."""

from __future__ import annotations

import feedparser
import pytest

from blogparade.parades import series as service

pytestmark = pytest.mark.django_db


def test_feed_lists_editions_and_is_valid(owner, other_host, client, settings):
    carnival = service.create_series(owner, slug="carnival", title="Web <Carnival> & co")
    this = service.current_month()
    service.open_edition(service.add_slot(carnival, month=this, host=owner, topic="Tools"))
    service.add_slot(
        carnival,
        month=service.add_months(this, 1),
        external_name="Erin <b>External</b>",
        external_url="https://erin.example.net/call",
        topic="Gardens & <i>weeds</i>",
    )
    service.add_slot(carnival, month=service.add_months(this, 2), host=other_host)  # no link yet

    response = client.get("/s/carnival/feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Web <Carnival> & co"
    assert feed.feed.language == "en"
    links = [e.link for e in feed.entries]
    assert links == [
        "https://erin.example.net/call",
        f"{settings.BASE_URL}/p/carnival-{this:%Y-%m}/",
    ]
    assert "Gardens & <i>weeds</i>" in feed.entries[0].title
    assert feed.entries[0].author == "Erin <b>External</b>"
    assert b"<i>weeds" not in response.content  # escaped in the XML


def test_feed_of_unknown_series_is_404(client, db):
    assert client.get("/s/nope/feed.atom").status_code == 404
