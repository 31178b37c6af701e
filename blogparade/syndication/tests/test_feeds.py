import datetime as dt
import json
from types import SimpleNamespace

import feedparser
import pytest
from django.utils import timezone

from blogparade.contributions.models import Contribution
from blogparade.syndication.tests.factories import make_contribution, make_parade

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


def check_json_feed(data):
    """The JSON Feed 1.1 rules this project relies on (feedparser 6.0 reads no JSON)."""
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(data["title"], str) and data["title"]
    assert data["home_page_url"].startswith("http") and data["feed_url"].startswith("http")
    for item in data["items"]:
        assert isinstance(item["id"], str) and item["id"]
        assert "content_html" in item or "content_text" in item
        for author in item.get("authors", []):
            assert author["name"]
    return SimpleNamespace(
        bozo=0,
        entries=[
            SimpleNamespace(
                title=i["title"],
                link=i["url"],
                summary=i["content_html"],
                author=i.get("authors", [{}])[0].get("name"),
            )
            for i in data["items"]
        ],
    )


def parse(response):
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/feed+json"):
        return check_json_feed(json.loads(response.content))
    parsed = feedparser.parse(
        response.content, response_headers={"content-type": response["Content-Type"]}
    )
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


@pytest.mark.parametrize(
    ("url", "ctype"),
    [
        ("/feeds/parades.atom", "application/atom+xml"),
        ("/feeds/parades.rss", "application/rss+xml"),
        ("/feeds/parades.json", "application/feed+json"),
    ],
)
def test_parades_feeds_list_listed_parades(client, url, ctype):
    listed = make_parade(title="Listed one")
    make_parade(title="Hidden one", listed=False)
    response = client.get(url)
    assert response["Content-Type"].startswith(ctype)
    parsed = parse(response)
    titles = [e.title for e in parsed.entries]
    assert titles == ["Listed one"]
    assert parsed.entries[0].link == f"http://localhost:8000/p/{listed.slug}/"


@pytest.mark.parametrize("ext", ["atom", "rss", "json"])
def test_contribution_feeds_only_approved_and_escaped(client, ext):
    parade = make_parade()
    make_contribution(parade, title=HOSTILE, summary=HOSTILE, author_name="Ann <i>A</i>")
    make_contribution(parade, title="Pending", status=Contribution.Status.PENDING)
    make_contribution(parade, title="Spam", status=Contribution.Status.SPAM)
    response = client.get(f"/p/{parade.slug}/contributions.{ext}")
    parsed = parse(response)
    assert len(parsed.entries) == 1
    entry = parsed.entries[0]
    # The foreign title is text, kept verbatim, never markup in the document.
    assert entry.title == HOSTILE
    assert b"<script>" not in response.content
    assert "<script>" not in entry.summary
    assert entry.author == "Ann <i>A</i>"


def test_contribution_feed_newest_first_and_capped(client, settings):
    from blogparade.syndication import feeds

    parade = make_parade()
    base = timezone.now() - dt.timedelta(days=5)
    for i in range(5):
        make_contribution(parade, title=f"c{i}", published=base + dt.timedelta(hours=i))
    old = feeds.CONTRIBUTIONS_LIMIT
    feeds.CONTRIBUTIONS_LIMIT = 3
    try:
        parsed = parse(client.get(f"/p/{parade.slug}/contributions.atom"))
    finally:
        feeds.CONTRIBUTIONS_LIMIT = old
    assert [e.title for e in parsed.entries] == ["c4", "c3", "c2"]


def test_contribution_feed_unknown_parade_404(client):
    assert client.get("/p/nope/contributions.atom").status_code == 404
    assert client.get("/p/nope/contributions.json").status_code == 404


def test_json_feed_is_version_1_1(client):
    parade = make_parade()
    make_contribution(parade, title="One")
    data = client.get(f"/p/{parade.slug}/contributions.json").json()
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"].endswith(f"/p/{parade.slug}/contributions.json")
    assert data["items"][0]["title"] == "One"
    assert data["items"][0]["authors"][0]["name"]


def test_feed_query_count_does_not_grow(client, django_assert_max_num_queries):
    parade = make_parade()
    for _ in range(20):
        make_contribution(parade)
    with django_assert_max_num_queries(3):
        client.get(f"/p/{parade.slug}/contributions.atom")
    for _ in range(5):
        make_parade()
    with django_assert_max_num_queries(2):
        client.get("/feeds/parades.atom")


def test_empty_feeds_parse(client):
    for url in (
        "/feeds/parades.atom",
        "/feeds/parades.rss",
        "/feeds/roundups.atom",
        "/feeds/roundups.rss",
    ):
        parse(client.get(url))
    assert client.get("/feeds/roundups.json").json()["items"] == []


def test_feeds_declare_their_language(client, db):
    from blogparade.syndication.tests.factories import make_parade

    parade = make_parade(slug="sprache", language="de")
    assert 'xml:lang="de"' in client.get(f"/p/{parade.slug}/contributions.atom").content.decode()
    body = client.get("/feeds/parades.atom").content.decode()
    assert 'xml:lang="en"' in body and "bound method" not in body
